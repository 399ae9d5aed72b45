package uk.awarding.registration.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import uk.awarding.registration.domain.AccessArrangements;

/** Extra time 0 to 100 percent (absent means none) and any other adjustment as text. */
public record AccessArrangementsRequest(
        @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100, message = "must be between 0 and 100") Integer extraTimePercent,
        @Size(max = 1000) String otherAdjustments) {

    public AccessArrangements toAccessArrangements() {
        return new AccessArrangements(extraTimePercent == null ? 0 : extraTimePercent, otherAdjustments);
    }
}
