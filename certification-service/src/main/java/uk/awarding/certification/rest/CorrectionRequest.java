package uk.awarding.certification.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.awarding.certification.domain.Outcome;

/** A correction of a unit result: the corrected outcome and date, and why the original was wrong. */
public record CorrectionRequest(@NotNull Outcome outcome, @NotNull LocalDate achievedOn,
        @NotBlank @Size(max = 500) String reason) {
}
