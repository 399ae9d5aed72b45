package uk.awarding.testengine.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.awarding.testengine.domain.Deadline;

/** Minutes added to one candidate's time, and why (an incident in the room; it goes into the audit). */
@Schema(example = "{\"minutes\": 5, \"reason\": \"Computer restarted; candidate lost five minutes\"}")
public record TimeAdditionRequest(@NotNull @Min(1) @Max(Deadline.MAX_ADDED_MINUTES) Integer minutes,
        @NotBlank @Size(max = 1000) String reason) {
}
