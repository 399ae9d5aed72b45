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
    void rejectsImpossibleDurations() {
        assertThrows(IllegalArgumentException.class, () -> Deadline.allowed(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Deadline.allowed(60, -10));
    }
}
