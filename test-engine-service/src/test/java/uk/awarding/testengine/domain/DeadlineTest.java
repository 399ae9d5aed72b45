package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void withoutExtraTimeTheDeadlineIsTheDuration() {
        assertEquals(Instant.parse("2026-11-23T11:00:00Z"), Deadline.of(START, 60, 0));
    }

    @Test
    void twentyFivePercentExtraTimeGivesSeventyFiveMinutes() {
        assertEquals(Instant.parse("2026-11-23T11:15:00Z"), Deadline.of(START, 60, 25));
    }

    @Test
    void oddPercentagesAreExactToTheSecond() {
        // 60 min x 1.33 = 79.8 min = 79 min 48 s, no rounding to whole minutes
        assertEquals(Duration.ofMinutes(79).plusSeconds(48), Deadline.allowed(60, 33));
        // 45 min x 1.07 = 48.15 min = 48 min 9 s
        assertEquals(Duration.ofMinutes(48).plusSeconds(9), Deadline.allowed(45, 7));
    }

    @Test
    void doubleTimeDoublesTheDuration() {
        assertEquals(Duration.ofMinutes(120), Deadline.allowed(60, 100));
    }

    @Test
    void aSittingAcrossTheEndOfBritishSummerTimeStillLastsExactlyItsDuration() {
        // 25 October 2026: clocks go back from 02:00 BST to 01:00 GMT. A start at 01:30 BST ends 60 real minutes later.
        Instant start = LocalDateTime.parse("2026-10-25T01:30").atZone(UK).withEarlierOffsetAtOverlap().toInstant();

        Instant deadline = Deadline.of(start, 60, 0);

        assertEquals(Duration.ofMinutes(60), Duration.between(start, deadline));
        assertEquals(LocalDateTime.parse("2026-10-25T01:30"), deadline.atZone(UK).toLocalDateTime());
    }

    @Test
    void aSittingAcrossTheStartOfBritishSummerTimeStillLastsExactlyItsDuration() {
        // 29 March 2026: clocks go forward from 01:00 GMT to 02:00 BST; 00:45 GMT + 75 min is 03:00 BST on the wall.
        Instant start = LocalDateTime.parse("2026-03-29T00:45").atZone(UK).toInstant();

        Instant deadline = Deadline.of(start, 60, 25);

        assertEquals(Duration.ofMinutes(75), Duration.between(start, deadline));
        assertEquals(LocalDateTime.parse("2026-03-29T03:00"), deadline.atZone(UK).toLocalDateTime());
    }

    @Test
    void addedTimeAndPausesEachMoveTheDeadlineByTheirLength() {
        // 60 min + 25% extra (15 min) + 5 min added + 12 min 30 s paused
        assertEquals(Instant.parse("2026-11-23T11:32:30Z"),
                Deadline.of(START, 60, 25, Duration.ofMinutes(5), Duration.ofMinutes(12).plusSeconds(30)));
        assertEquals(Deadline.of(START, 60, 25), Deadline.of(START, 60, 25, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void pausesAddUpExactlyToTheMillisecond() {
        Duration first = Deadline.paused(START.plusSeconds(600), START.plusSeconds(600).plusMillis(61_001));
        Duration second = Deadline.paused(START.plusSeconds(1200), START.plusSeconds(1500));

        assertEquals(Duration.ofMillis(361_001), first.plus(second));
        assertEquals(START.plus(Deadline.allowed(60, 0)).plusMillis(361_001),
                Deadline.of(START, 60, 0, Duration.ZERO, first.plus(second)));
    }

    @Test
    void aPauseAcrossTheEndOfBritishSummerTimeLastsTheRealTimeItStood() {
        // Paused at 01:50 BST, resumed at 01:10 GMT: the wall clock went back, yet 20 real minutes passed.
        Instant pausedAt = LocalDateTime.parse("2026-10-25T01:50").atZone(UK).withEarlierOffsetAtOverlap().toInstant();
        Instant resumedAt = LocalDateTime.parse("2026-10-25T01:10").atZone(UK).withLaterOffsetAtOverlap().toInstant();
        Instant start = pausedAt.minus(Duration.ofMinutes(30));

        Duration paused = Deadline.paused(pausedAt, resumedAt);

        assertEquals(Duration.ofMinutes(20), paused);
        assertEquals(Duration.ofMinutes(80), Duration.between(start, Deadline.of(start, 60, 0, Duration.ZERO, paused)));
    }

    @Test
    void aPauseAcrossTheStartOfBritishSummerTimeLastsTheRealTimeItStood() {
        // Paused at 00:50 GMT, resumed at 02:10 BST: the wall clock shows 80 minutes, 20 real minutes passed.
        Instant pausedAt = LocalDateTime.parse("2026-03-29T00:50").atZone(UK).toInstant();
        Instant resumedAt = LocalDateTime.parse("2026-03-29T02:10").atZone(UK).toInstant();

        assertEquals(Duration.ofMinutes(20), Deadline.paused(pausedAt, resumedAt));
    }

    @Test
    void noTimeRunsWhilePaused() {
        Instant deadline = START.plus(Duration.ofMinutes(60));
        Instant pausedAt = START.plus(Duration.ofMinutes(45));

        assertEquals(Duration.ofMinutes(15), Deadline.remaining(deadline, pausedAt, pausedAt));
        assertEquals(Duration.ofMinutes(15), Deadline.remaining(deadline, pausedAt, pausedAt.plus(Duration.ofHours(3))));
        assertEquals(Duration.ofMinutes(10), Deadline.remaining(deadline, null, START.plus(Duration.ofMinutes(50))));
        assertEquals(Duration.ZERO, Deadline.remaining(deadline, null, deadline.plusSeconds(1)));
    }

    @Test
    void aClockThatGoesBackwardsPausesForNothing() {
        assertEquals(Duration.ZERO, Deadline.paused(START, START.minusSeconds(5)));
    }

    @Test
    void rejectsNegativeAddedOrPausedTime() {
        assertThrows(IllegalArgumentException.class, () -> Deadline.of(START, 60, 0, Duration.ofMinutes(-1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Deadline.of(START, 60, 0, Duration.ZERO, Duration.ofMinutes(-1)));
    }

    @Test
    void rejectsImpossibleDurations() {
        assertThrows(IllegalArgumentException.class, () -> Deadline.allowed(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Deadline.allowed(60, -10));
    }
}
