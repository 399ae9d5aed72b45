package uk.awarding.testengine.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a sitting ends: start + duration x (1 + extraTimePercent / 100), the extra time coming from the registration's
 * access arrangements (docs/architecture.md, flow 2). Computed on {@link Instant}s, so clock changes such as the UK's move to
 * or from summer time never lengthen or shorten a test.
 */
public final class Deadline {

    private Deadline() {
    }

    public static Instant of(Instant start, int durationMinutes, int extraTimePercent) {
        return start.plus(allowed(durationMinutes, extraTimePercent));
    }

    /** The time allowed, exact to the millisecond: minutes x 60 000 x (100 + percent) / 100 is a whole number. */
    public static Duration allowed(int durationMinutes, int extraTimePercent) {
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("durationMinutes must be positive");
        }
        if (extraTimePercent < 0) {
            throw new IllegalArgumentException("extraTimePercent must not be negative");
        }
        return Duration.ofMillis(durationMinutes * 600L * (100 + extraTimePercent));
    }
}
