package uk.awarding.testengine.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;

/** A new item or a new version of one: the four option texts in the order A, B, C, D; status DRAFT unless given. */
public record ItemRequest(@NotBlank String unit, @NotBlank String learningOutcome, @NotBlank String assessmentCriterion,
        @NotBlank String stem, @NotNull @Size(min = 4, max = 4) List<@NotBlank String> options, @NotBlank String key,
        @NotBlank String rationale, ItemStatus status) {

    ItemContent content() {
        return new ItemContent(unit, learningOutcome, assessmentCriterion, stem, options, key, rationale);
    }

    ItemStatus statusOrDraft() {
        return status == null ? ItemStatus.DRAFT : status;
    }
}
