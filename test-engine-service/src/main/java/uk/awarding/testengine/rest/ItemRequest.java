package uk.awarding.testengine.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;

/**
 * A new item or a new version of one: the four option texts in the order A, B, C, D; status DRAFT or omitted (a new
 * version goes LIVE only by review; LIVE and RETIRED are refused);
 * the codes of items it must never share a form with; what this version changes and why.
 */
@Schema(example = """
        {"unit": "2794-210", "learningOutcome": "LO2", "assessmentCriterion": "AC2.1",
         "stem": "What does a customer service charter publish to customers?",
         "options": ["The standards of service customers can expect", "The prices of every product it sells",
                     "The pay scales of its customer service staff", "The names of its main suppliers"],
         "key": "A", "rationale": "A charter sets out the service standards customers can expect; it is not a price list.",
         "enemies": [], "changeNote": "New item for AC2.1."}""")
public record ItemRequest(@NotBlank @Size(max = 32) String unit, @NotBlank @Size(max = 8) String learningOutcome,
        @NotBlank @Size(max = 12) String assessmentCriterion, @NotBlank @Size(max = TEXT) String stem,
        @NotNull @Size(min = 4, max = 4) List<@NotBlank @Size(max = TEXT) String> options, @NotBlank String key,
        @NotBlank @Size(max = TEXT) String rationale, ItemStatus status,
        @Size(max = 50) List<@NotBlank @Size(max = 32) String> enemies, @Size(max = TEXT) String changeNote) {

    /** Fits a TEXT column (65,535 bytes) even at four bytes a character. */
    static final int TEXT = 10_000;

    ItemContent content() {
        return new ItemContent(unit, learningOutcome, assessmentCriterion, stem, options, key, rationale, enemies);
    }

    ItemStatus statusOrDraft() {
        return status == null ? ItemStatus.DRAFT : status;
    }
}
