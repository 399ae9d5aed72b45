package uk.awarding.testengine.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.domain.ReviewDecision;
import uk.awarding.testengine.service.TestSessionService;

/** Words and figures the staff console prints: times in UK time with the zone, states in words, never colour alone. */
@TemplateExtension
final class StaffText {

    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss z", Locale.UK)
            .withZone(TestSessionService.UK);

    private StaffText() {
    }

    static String ukTime(Instant instant) {
        return instant == null ? "" : UK_TIME.format(instant);
    }

    static String label(ItemStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case LIVE -> "Live";
            case RETIRED -> "Retired";
        };
    }

    static String label(ReviewDecision decision) {
        return switch (decision) {
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
        };
    }

    /** A review flag in words. */
    static String flagText(String flag) {
        return switch (flag) {
            case "too-hard" -> "Too hard: few candidates answer it correctly";
            case "too-easy" -> "Too easy: almost every candidate answers it correctly";
            case "low-discrimination" -> "Low discrimination: stronger candidates do not do better on it";
            case "distractor-attracts-high-scorers" -> "A distractor attracts stronger candidates: check the key";
            default -> flag;
        };
    }
}
