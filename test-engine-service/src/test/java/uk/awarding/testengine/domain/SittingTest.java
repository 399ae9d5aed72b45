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
