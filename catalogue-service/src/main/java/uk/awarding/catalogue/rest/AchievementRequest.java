package uk.awarding.catalogue.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The units a learner has achieved, by unit id (unit reference or AO unit code). */
public record AchievementRequest(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 32) String> units) {
}
