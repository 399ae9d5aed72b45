package uk.awarding.testengine.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.awarding.testengine.domain.ReviewDecision;

/** A reviewer's decision on a DRAFT item version and the reason for it, which is recorded with the reviewer's name. */
@Schema(example = "{\"decision\": \"APPROVE\", \"note\": \"Key and rationale checked against AC1.1; distractors plausible.\"}")
public record ReviewRequest(@NotNull @Pattern(regexp = "APPROVE|REJECT") String decision,
        @NotBlank @Size(max = ItemRequest.TEXT) String note) {

    ReviewDecision reviewDecision() {
        return "APPROVE".equals(decision) ? ReviewDecision.APPROVED : ReviewDecision.REJECTED;
    }
}
