package uk.awarding.certification.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import uk.awarding.certification.domain.Outcome;

/**
 * A unit result. From test-engine-service (role {@code service}): {@code sittingId}, {@code score},
 * {@code passMark} (contracts/certification-service/unit-result-from-sitting-request.json). From a centre:
 * {@code assessor}, {@code internalQualityAssurer}, {@code outcome}. {@code assessedOn} is accepted as another
 * name for {@code achievedOn}.
 */
public record UnitResultRequest(
        @NotBlank @Pattern(regexp = Ids.UUID, message = "must be a UUID") String registrationId,
        @NotBlank @Size(max = 32) String unit,
        @NotBlank(groups = FromSitting.class) @Pattern(regexp = Ids.UUID, message = "must be a UUID", groups = FromSitting.class) String sittingId,
        @NotNull(groups = FromSitting.class) @Min(value = 0, groups = FromSitting.class) @Max(value = 1000, groups = FromSitting.class) Integer score,
        @NotNull(groups = FromSitting.class) @Min(value = 1, groups = FromSitting.class) @Max(value = 1000, groups = FromSitting.class) Integer passMark,
        @NotBlank(groups = FromPortfolio.class) @Size(max = 200, groups = FromPortfolio.class) String assessor,
        @NotBlank(groups = FromPortfolio.class) @Size(max = 200, groups = FromPortfolio.class) String internalQualityAssurer,
        @NotNull(groups = FromPortfolio.class) Outcome outcome,
        LocalDate achievedOn,
        LocalDate assessedOn) {

    /** Checks for a result delivered by test-engine-service. */
    public interface FromSitting extends Default {
    }

    /** Checks for a portfolio result recorded by a centre. */
    public interface FromPortfolio extends Default {
    }

    /** The date the unit was achieved, under either name; null when neither was sent. */
    public LocalDate date() {
        return achievedOn != null ? achievedOn : assessedOn;
    }
}
