package uk.awarding.registration.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.awarding.registration.domain.AccessArrangements;

/** Extra time 0 to 100 percent (absent means none) and any other adjustment as text. */
@Schema(description = "Access arrangements (JCQ): extra time and any other adjustment")
public record AccessArrangementsRequest(
        @Schema(description = "Extra time as a percentage of the test's duration; absent means none", examples = "25") @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100, message = "must be between 0 and 100") Integer extraTimePercent,
        @Schema(description = "Any other adjustment, for the invigilator", examples = "Screen reader") @Size(max = 1000) String otherAdjustments) {

    public AccessArrangements toAccessArrangements() {
        return new AccessArrangements(extraTimePercent == null ? 0 : extraTimePercent, otherAdjustments);
    }
}
