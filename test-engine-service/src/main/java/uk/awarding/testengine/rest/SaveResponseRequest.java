package uk.awarding.testengine.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One answer change: the chosen option (null clears the answer), the flag (absent keeps it) and the client's
 * sequence number for this sitting, which must grow with every save.
 */
@Schema(example = """
        {"optionId": "B", "flagged": false, "sequence": 7}""")
public record SaveResponseRequest(@Pattern(regexp = "[ABCD]") String optionId, Boolean flagged,
        @NotNull @Min(1) Long sequence) {
}
