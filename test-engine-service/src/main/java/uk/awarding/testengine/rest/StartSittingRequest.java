package uk.awarding.testengine.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Start a sitting of {@code unit} (unit reference or AO unit code) under one of the candidate's registrations; in a
 * test session that needs one, with the {@code keycode} the invigilator gives out.
 */
public record StartSittingRequest(@NotBlank @Size(max = 64) String registrationId, @NotBlank @Size(max = 32) String unit,
        @Size(max = 16) String keycode) {
}
