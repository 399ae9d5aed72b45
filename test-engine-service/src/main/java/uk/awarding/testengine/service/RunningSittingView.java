package uk.awarding.testengine.service;

import java.time.Duration;
import java.time.Instant;

import uk.awarding.testengine.domain.Sitting;
import uk.awarding.testengine.domain.SittingStatus;

/**
 * A sitting's clock as awarding staff see it when they extend its time: whose it is, where it runs (its test session,
 * or none), the time allowed and added, and the time left by the server's clock. Never its questions or answers.
 */
public record RunningSittingView(String id, String registrationId, String uln, String unit, String sessionId,
        SittingStatus status, Instant startedAt, Instant deadline, int durationMinutes, int extraTimePercent,
        long addedMinutes, boolean paused, long remainingSeconds) {

    static RunningSittingView from(Sitting sitting, Instant now) {
        return new RunningSittingView(sitting.getId(), sitting.getRegistrationId(), sitting.getUln(), sitting.getUnit(),
                sitting.getSessionId(), sitting.getStatus(), sitting.getStartedAt(), sitting.getDeadline(),
                sitting.getDurationMinutes(), sitting.getExtraTimePercent(),
                Duration.ofMillis(sitting.getAddedMillis()).toMinutes(), sitting.isPaused(),
                sitting.remainingSeconds(now));
    }
}
