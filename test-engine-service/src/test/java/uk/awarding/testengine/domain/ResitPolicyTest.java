package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ResitPolicyTest {

    private static final ResitPolicy THREE_A_WEEK_APART = new ResitPolicy(3, 7);
    private static final Instant ENDED = Instant.parse("2026-12-01T10:00:00Z");

    private static ResitPolicy.Attempt failed(Instant completedAt) {
        return new ResitPolicy.Attempt(SittingStatus.SUBMITTED, completedAt.minus(Duration.ofHours(1)), completedAt,
                new Marking.Result(12, 18, false));
    }

    @Test
    void theFirstAttemptMayStart() {
        ResitPolicy.Decision decision = THREE_A_WEEK_APART.decide(List.of(), ENDED);
        assertTrue(decision.allowed());
        assertEquals(0, decision.attemptsUsed());
        assertEquals(Optional.empty(), decision.latest());
    }

    @Test
    void aResitWaitsTheMinimumDaysAfterThePreviousAttemptEnded() {
        List<ResitPolicy.Attempt> earlier = List.of(failed(ENDED));
        ResitPolicy.Decision early = THREE_A_WEEK_APART.decide(earlier, ENDED.plus(Duration.ofDays(7)).minusSeconds(1));
        assertEquals(Optional.of(ResitPolicy.Refusal.TOO_SOON), early.refusal());
        assertEquals(Optional.of(ENDED.plus(Duration.ofDays(7))), early.notBefore());
        assertEquals(2, early.attemptsLeft());

        assertTrue(THREE_A_WEEK_APART.decide(earlier, ENDED.plus(Duration.ofDays(7))).allowed());
    }

    @Test
    void theWaitRunsFromTheLatestAttempt() {
        Instant later = ENDED.plus(Duration.ofDays(10));
        ResitPolicy.Decision decision = THREE_A_WEEK_APART.decide(List.of(failed(later), failed(ENDED)),
                later.plus(Duration.ofDays(3)));
        assertEquals(Optional.of(later.plus(Duration.ofDays(7))), decision.notBefore());
        assertEquals(later, decision.latest().orElseThrow().completedAt());
    }

    @Test
    void noAttemptBeyondTheAllowedNumber() {
        List<ResitPolicy.Attempt> three = List.of(failed(ENDED), failed(ENDED.plus(Duration.ofDays(8))),
                failed(ENDED.plus(Duration.ofDays(16))));
        ResitPolicy.Decision decision = THREE_A_WEEK_APART.decide(three, ENDED.plus(Duration.ofDays(100)));
        assertEquals(Optional.of(ResitPolicy.Refusal.ATTEMPTS_USED), decision.refusal());
        assertEquals(0, decision.attemptsLeft());
    }

    @Test
    void aPassedUnitIsNeverSatAgain() {
        ResitPolicy.Attempt passed = new ResitPolicy.Attempt(SittingStatus.EXPIRED, ENDED.minusSeconds(3600), ENDED,
                new Marking.Result(18, 18, true));
        assertEquals(Optional.of(ResitPolicy.Refusal.PASSED),
                THREE_A_WEEK_APART.decide(List.of(passed), ENDED.plus(Duration.ofDays(365))).refusal());
    }

    @Test
    void aTestTheInvigilatorEndedCountsAsAnAttemptButNotAsAPass() {
        ResitPolicy.Attempt ended = new ResitPolicy.Attempt(SittingStatus.ENDED, ENDED.minusSeconds(600), ENDED,
                new Marking.Result(20, 18, true));
        ResitPolicy.Decision decision = THREE_A_WEEK_APART.decide(List.of(ended), ENDED.plus(Duration.ofDays(7)));
        assertTrue(decision.allowed());
        assertEquals(1, decision.attemptsUsed());
    }

    @Test
    void refusesAPolicyWithoutAnAttemptOrWithANegativeWait() {
        assertThrows(IllegalArgumentException.class, () -> new ResitPolicy(0, 7));
        assertThrows(IllegalArgumentException.class, () -> new ResitPolicy(3, -1));
    }
}
