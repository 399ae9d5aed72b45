package uk.awarding.testengine.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.awarding.testengine.domain.Deadline;

/** Minutes awarding staff add to a running sitting, and why (an access arrangement agreed late; it goes into the audit). */
@Schema(example = "{\"minutes\": 15, \"reason\": \"25% extra time approved today (access arrangement AA-2026-0412)\"}")
public record TimeExtensionRequest(@NotNull @Min(1) @Max(Deadline.MAX_ADDED_MINUTES) Integer minutes,
        @NotBlank @Size(max = 1000) String reason) {
}
