package uk.awarding.testengine.service;

import java.time.Instant;
import java.util.List;

import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.domain.ReviewDecision;

/**
 * An item version with its key and rationale: for awarding staff only, never for candidates. The review fields are
 * null until a reviewer decides on the version.
 */
public record ItemView(String itemCode, int version, ItemStatus status, String unit, String learningOutcome,
        String assessmentCriterion, String stem, List<Option> options, String key, String rationale,
        List<String> enemies, String changeNote, Instant createdAt, String createdBy, ReviewDecision reviewDecision,
        String reviewedBy, Instant reviewedAt, String reviewNote) {

    public record Option(String id, String text) {
    }

    public static ItemView from(Item item) {
        ItemContent content = item.content();
        return new ItemView(item.getItemCode(), item.getVersion(), item.getStatus(), content.unit(),
                content.learningOutcome(), content.assessmentCriterion(), content.stem(),
                ItemContent.OPTION_IDS.stream().map(id -> new Option(id, content.option(id))).toList(), content.key(),
                content.rationale(), content.enemies(), item.getChangeNote(), item.getCreatedAt(), item.getCreatedBy(),
                item.getReviewDecision(), item.getReviewedBy(), item.getReviewedAt(), item.getReviewNote());
    }
}
