package uk.awarding.testengine.web;

import java.time.Instant;

import uk.awarding.testengine.client.RegistrationView;
import uk.awarding.testengine.client.TestSpecificationView;
import uk.awarding.testengine.client.UnitView;
import uk.awarding.testengine.domain.Deadline;
import uk.awarding.testengine.domain.Marking;
import uk.awarding.testengine.domain.ResitPolicy;

/**
 * One test the candidate may start or resume, as the start page shows it: the unit's title, the candidate's name and
 * ULN as the registration holds them (so they can check it is them), the rules and the time allowed from the unit's
 * test specification and the registration's extra time, never from constants, and by the unit's resit policy whether
 * a start is offered at all, with the latest result, the attempts used and when a resit may start.
 */
public record StartOffer(String registrationId, String qualificationId, String unit, String unitTitle,
        String candidateName, String uln, int durationMinutes, int extraTimePercent, long allowedMinutes,
        int questionCount, int passMark, String openSittingId, boolean keycodeRequired, Action action,
        int attemptsUsed, int attemptsAllowed, int minimumWaitDays, Latest latest, Instant resitFrom) {

    /** What the offer lets the candidate do. */
    public enum Action {
        /** Go on with the open sitting. */
        RESUME,
        /** Start the first attempt or a resit. */
        START,
        /** Nothing: the unit is passed. */
        PASSED,
        /** Nothing: every attempt is used. */
        ATTEMPTS_USED,
        /** Nothing yet: the wait after the previous attempt has not passed ({@code resitFrom}). */
        WAIT
    }

    /** The most recent marked sitting: its score, the pass mark, whether it passed and when it ended. */
    public record Latest(int score, int passMark, boolean passed, Instant completedAt) {
    }

    /** @param keycodeRequired whether the start needs the keycode of the test session the registration is booked on */
    static StartOffer of(RegistrationView registration, UnitView unit, TestSpecificationView specification,
            String openSittingId, boolean keycodeRequired, ResitPolicy.Decision resits) {
        int extra = registration.extraTimePercent();
        Action action = openSittingId != null ? Action.RESUME : resits.refusal().map(refusal -> switch (refusal) {
            case PASSED -> Action.PASSED;
            case ATTEMPTS_USED -> Action.ATTEMPTS_USED;
            case TOO_SOON -> Action.WAIT;
        }).orElse(Action.START);
        Latest latest = resits.latest().filter(a -> a.result() != null).map(a -> latest(a.result(), a.completedAt()))
                .orElse(null);
        return new StartOffer(registration.id(), registration.qualificationId(), unit.unitId(), unit.title(),
                registration.candidateName(), registration.uln(), specification.durationMinutes(), extra,
                Deadline.allowed(specification.durationMinutes(), extra).toMinutes(), specification.questionCount(),
                specification.passMark(), openSittingId, action == Action.START && keycodeRequired, action,
                resits.attemptsUsed(), resits.attemptsAllowed(), resits.minimumWaitDays(), latest,
                resits.notBefore().orElse(null));
    }

    private static Latest latest(Marking.Result result, Instant completedAt) {
        return new Latest(result.score(), result.passMark(), result.passed(), completedAt);
    }

    /** Whether a start or resume button is offered. */
    public boolean startable() {
        return action == Action.START || action == Action.RESUME;
    }

    /** The attempt a start would be: 1 for the first sitting, 2 for the first resit. */
    public int nextAttempt() {
        return attemptsUsed + 1;
    }
}
