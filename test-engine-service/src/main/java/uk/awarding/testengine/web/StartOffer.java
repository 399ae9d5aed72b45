package uk.awarding.testengine.web;

import uk.awarding.testengine.client.RegistrationView;
import uk.awarding.testengine.client.TestSpecificationView;
import uk.awarding.testengine.domain.Deadline;

/**
 * One test the candidate may start or resume, as the start page shows it: the rules and the time allowed come from
 * the unit's test specification and the registration's extra time, never from constants.
 */
public record StartOffer(String registrationId, String qualificationId, String unit, int durationMinutes,
        int extraTimePercent, long allowedMinutes, int questionCount, int passMark, String openSittingId,
        boolean keycodeRequired) {

    /** @param keycodeRequired whether the start needs the keycode of the test session the registration is booked on */
    static StartOffer of(RegistrationView registration, String unit, TestSpecificationView specification,
            String openSittingId, boolean keycodeRequired) {
        int extra = registration.extraTimePercent();
        return new StartOffer(registration.id(), registration.qualificationId(), unit, specification.durationMinutes(),
                extra, Deadline.allowed(specification.durationMinutes(), extra).toMinutes(),
                specification.questionCount(), specification.passMark(), openSittingId,
                openSittingId == null && keycodeRequired);
    }
}
