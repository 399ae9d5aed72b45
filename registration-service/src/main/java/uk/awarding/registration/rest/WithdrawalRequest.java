package uk.awarding.registration.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the learner is withdrawn; optional. */
@Schema(description = "Why the learner is withdrawn")
public record WithdrawalRequest(
        @Schema(description = "The reason, optional, at most 500 characters", examples = "Moved to another college") @Size(max = 500) String reason) {
}
