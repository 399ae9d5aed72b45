package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SittingTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(30);

    @Test
    void acceptsOnlySequenceNumbersHigherThanTheLastAccepted() {
        Sitting sitting = sitting();

        assertTrue(sitting.acceptSequence(3));
        assertFalse(sitting.acceptSequence(3), "a repeat of the same save");
        assertFalse(sitting.acceptSequence(2), "an older save arriving late");
        assertTrue(sitting.acceptSequence(4));
        assertEquals(4, sitting.getLastSequence());
    }

    @Test
    void takesSavesUntilTheDeadlinePlusGraceAndNotAfter() {
        Sitting sitting = sitting();
        Instant deadline = sitting.getDeadline();

        assertTrue(sitting.acceptsSavesAt(deadline, GRACE));
        assertTrue(sitting.acceptsSavesAt(deadline.plus(GRACE), GRACE));
        assertFalse(sitting.acceptsSavesAt(deadline.plus(GRACE).plusMillis(1), GRACE));
        assertTrue(sitting.isExpiredAt(deadline.plus(GRACE).plusMillis(1), GRACE));
    }

    @Test
    void aMarkedSittingKeepsItsFirstResultAndTakesNoMoreSaves() {
        Sitting sitting = sitting();
        sitting.question(1).respond("A", null, 1);

        var first = sitting.complete(START.plusSeconds(60), SittingStatus.SUBMITTED);
        sitting.question(2).respond("A", null, 2);
        var second = sitting.complete(START.plusSeconds(90), SittingStatus.EXPIRED);

        assertEquals(first, second);
        assertEquals(1, first.score());
        assertEquals(SittingStatus.SUBMITTED, sitting.getStatus());
        assertFalse(sitting.acceptsSavesAt(START.plusSeconds(91), GRACE));
    }

    @Test
    void remainingTimeCountsDownToZeroAndStaysThere() {
        Sitting sitting = sitting();

        assertEquals(75 * 60, sitting.remainingSeconds(START));
        assertEquals(60, sitting.remainingSeconds(sitting.getDeadline().minusSeconds(60)));
        assertEquals(0, sitting.remainingSeconds(sitting.getDeadline().plusSeconds(5)));
    }

    @Test
    void aPausedSittingTakesNoSaveNeverExpiresAndLosesNoTime() {
        Sitting sitting = sitting();
        Instant pausedAt = START.plus(Duration.ofMinutes(20));

        assertTrue(sitting.pause(pausedAt, "invigilator"));
        assertFalse(sitting.pause(pausedAt.plusSeconds(1), "someone else"), "a second pause changes nothing");
        Instant muchLater = sitting.getDeadline().plus(Duration.ofHours(2));
        assertFalse(sitting.acceptsSavesAt(pausedAt.plusSeconds(1), GRACE));
        assertFalse(sitting.isExpiredAt(muchLater, GRACE));
        assertEquals(55 * 60, sitting.remainingSeconds(muchLater));
        assertEquals("invigilator", sitting.getPausedBy());

        assertTrue(sitting.resume(pausedAt.plus(Duration.ofMinutes(7))));
        assertEquals(START.plus(Duration.ofMinutes(75 + 7)), sitting.getDeadline());
        assertEquals(55 * 60, sitting.remainingSeconds(pausedAt.plus(Duration.ofMinutes(7))));
        assertTrue(sitting.acceptsSavesAt(pausedAt.plus(Duration.ofMinutes(7)), GRACE));
        assertFalse(sitting.resume(pausedAt.plus(Duration.ofMinutes(8))), "resuming a running sitting changes nothing");
    }

    @Test
    void pausesAndAddedTimeAddUp() {
        Sitting sitting = sitting();
        sitting.pause(START.plus(Duration.ofMinutes(10)), "invigilator");
        sitting.resume(START.plus(Duration.ofMinutes(13)));
        sitting.addTime(Duration.ofMinutes(5));
        sitting.pause(START.plus(Duration.ofMinutes(30)), "invigilator");
        sitting.resume(START.plus(Duration.ofMinutes(30)).plusMillis(90_500));

        // 75 min (60 + 25 % extra) + 3 min + 5 min + 1 min 30.5 s
        assertEquals(START.plus(Duration.ofMinutes(84)).plusMillis(30_500), sitting.getDeadline());
        assertEquals(sitting.effectiveDeadline(), sitting.getDeadline());
        assertEquals(Duration.ofMinutes(5), Duration.ofMillis(sitting.getAddedMillis()));
    }

    @Test
    void endingAPausedSittingMarksItAndClosesThePause() {
        Sitting sitting = sitting();
        sitting.pause(START.plus(Duration.ofMinutes(10)), "invigilator");

        sitting.complete(START.plus(Duration.ofMinutes(12)), SittingStatus.ENDED);

        assertEquals(SittingStatus.ENDED, sitting.getStatus());
        assertFalse(sitting.isPaused());
        assertFalse(sitting.pause(START.plus(Duration.ofMinutes(13)), "invigilator"));
        assertEquals(0, sitting.remainingSeconds(START.plus(Duration.ofMinutes(13))));
    }

    @Test
    void timeIsAddedOnlyToAnOpenSittingAndOnlyForward() {
        Sitting sitting = sitting();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> sitting.addTime(Duration.ZERO));
        sitting.complete(START.plus(Duration.ofMinutes(12)), SittingStatus.SUBMITTED);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> sitting.addTime(Duration.ofMinutes(5)));
    }

    @Test
    void aFlagIsKeptWhenASaveDoesNotMentionIt() {
        Sitting sitting = sitting();
        sitting.question(1).respond(null, true, 1);
        sitting.question(1).respond("C", null, 2);

        assertTrue(sitting.question(1).isFlagged());
        assertEquals("C", sitting.question(1).getSelectedOption());
        sitting.question(1).respond(null, false, 3);
        assertNull(sitting.question(1).getSelectedOption());
    }

    private static Sitting sitting() {
        Sitting sitting = new Sitting("9276308686", "reg-1", "2794-210", START, 60, 25, 1);
        ItemContent content = new ItemContent("2794-210", "LO1", "AC1.1", "What does a PESTLE analysis examine?",
                List.of("Staff", "Premises", "External influences", "Sales"), "A", "A rationale long enough to be valid.");
        sitting.addQuestion(new Item("210-1-001", 1, ItemStatus.LIVE, content, START, "test"), new OptionOrder("DCBA"));
        sitting.addQuestion(new Item("210-1-002", 1, ItemStatus.LIVE, content, START, "test"), new OptionOrder("ABCD"));
        return sitting;
    }
}
