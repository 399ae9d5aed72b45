package uk.awarding.testengine.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a sitting ends: start + duration x (1 + extraTimePercent / 100) + time added by the invigilator + time the
 * sitting stood paused. The extra time comes from the registration's access arrangements (docs/architecture.md, flow
 * 2); added time and pauses from the test session's invigilator (JCQ, Instructions for conducting examinations: an
 * emergency or an incident stops the clock, and the candidate gets the time lost). Computed on {@link Instant}s, so
 * clock changes such as the UK's move to or from summer time, during the test or during a pause, never lengthen or
 * shorten a test.
 */
public final class Deadline {

    /**
     * The most minutes one addition may give, by an invigilator for an incident or by awarding staff for an access
     * arrangement: more than a whole 60-minute test at 100% extra time is a mistake, not an arrangement.
     */
    public static final int MAX_ADDED_MINUTES = 120;

    private Deadline() {
    }

    public static Instant of(Instant start, int durationMinutes, int extraTimePercent) {
        return of(start, durationMinutes, extraTimePercent, Duration.ZERO, Duration.ZERO);
    }

    /**
     * @param added time the invigilator added, never negative
     * @param paused the length of every pause that has ended, never negative (a pause still running is not yet known)
     */
    public static Instant of(Instant start, int durationMinutes, int extraTimePercent, Duration added, Duration paused) {
        if (added.isNegative() || paused.isNegative()) {
            throw new IllegalArgumentException("Added and paused time must not be negative");
        }
        return start.plus(allowed(durationMinutes, extraTimePercent)).plus(added).plus(paused);
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

    /** How long a pause from {@code since} to {@code until} stopped the clock: the instants apart, never negative. */
    public static Duration paused(Instant since, Instant until) {
        Duration paused = Duration.between(since, until);
        return paused.isNegative() ? Duration.ZERO : paused;
    }

    /**
     * The time left at {@code now}: up to the deadline, or while paused, what was left when the pause began (no
     * time runs in a pause).
     *
     * @param pausedSince when the running pause began, or null
     */
    public static Duration remaining(Instant deadline, Instant pausedSince, Instant now) {
        Duration left = Duration.between(pausedSince != null ? pausedSince : now, deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
