package uk.awarding.testengine.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/** Times as the pages print them: the countdown in words, the deadline as a UTC clock time. */
@TemplateExtension
final class TimeLeft {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private TimeLeft() {
    }

    static String timeLeft(long seconds) {
        long minutes = Math.max(0, seconds) / 60;
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min"
                : minutes + " min " + Math.max(0, seconds) % 60 + " s";
    }

    static String clock(Instant instant) {
        return CLOCK.format(instant);
    }
}
