package uk.awarding.testengine.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import uk.awarding.testengine.service.TestSessionService;

/**
 * Times as the pages print them: the countdown in words, and instants in UK local time with the zone (GMT or BST), the
 * time candidates and their centres live by.
 */
@TemplateExtension
final class TimeLeft {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm z", Locale.UK)
            .withZone(TestSessionService.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(TestSessionService.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm z",
            Locale.UK).withZone(TestSessionService.UK);

    private TimeLeft() {
    }

    static String timeLeft(long seconds) {
        long minutes = Math.max(0, seconds) / 60;
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min"
                : minutes + " min " + Math.max(0, seconds) % 60 + " s";
    }

    /** e.g. 14:35 GMT, or 14:35 BST in summer time. */
    static String clock(Instant instant) {
        return CLOCK.format(instant);
    }

    /** e.g. 6 December 2026. */
    static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** e.g. Sunday 13 December 2026 at 14:35 GMT. */
    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }
}
