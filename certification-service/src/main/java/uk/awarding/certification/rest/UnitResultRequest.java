package uk.awarding.certification.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    /** The shape a centre sends for a portfolio unit, as the API document shows it (the endpoint reads the whole request). */
    @Schema(name = "PortfolioUnitResultRequest", description = "A centre's result for a portfolio unit of its own registration")
    public record Portfolio(
            @Schema(description = "The registration at registration-service", example = "3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f") @NotNull String registrationId,
            @Schema(description = "The unit: its URN or the awarding organisation's code", example = "2794-201") @NotNull String unit,
            @Schema(description = "Who assessed the evidence", example = "Priya Shah") @NotNull String assessor,
            @Schema(description = "Who quality-assured the assessment: never the assessor", example = "Tom Hughes") @NotNull String internalQualityAssurer,
            @NotNull Outcome outcome,
            @Schema(description = "The day the unit was achieved (UK date, not in the future; also accepted as assessedOn)", example = "2026-10-01") @NotNull LocalDate achievedOn) {
    }

    /** The shape test-engine-service sends for a marked sitting, as the API document shows it. */
    @Schema(name = "SittingUnitResultRequest", description = "test-engine-service's result of a marked sitting, exactly as it keeps it")
    public record Sitting(
            @Schema(example = "3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f") @NotNull String registrationId,
            @Schema(example = "2794-210") @NotNull String unit,
            @Schema(example = "b0d2f7e4-61a9-4c35-8f0e-2a7c9d13e5b8") @NotNull String sittingId,
            @Schema(example = "20") @NotNull Integer score,
            @Schema(example = "18") @NotNull Integer passMark,
            @Schema(example = "2026-10-02") @NotNull LocalDate achievedOn) {
    }

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
