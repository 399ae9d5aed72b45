package uk.awarding.testengine.service;

import java.time.Instant;

import uk.awarding.testengine.domain.SessionAction;
import uk.awarding.testengine.domain.SessionEvent;

/**
 * One entry of the audit; {@code registrationId} null for the whole room, {@code affected} its sittings. A staff time
 * extension names its {@code sittingId}, and {@code sessionId} is null when that sitting is in no session.
 */
public record SessionEventView(Instant at, SessionAction action, String actor, String registrationId, Integer minutes,
        Integer affected, String reason, String sessionId, String sittingId) {

    static SessionEventView from(SessionEvent event) {
        return new SessionEventView(event.getAt(), event.getAction(), event.getActor(), event.getRegistrationId(),
                event.getMinutes(), event.getAffected(), event.getReason(), event.getSessionId(), event.getSittingId());
    }
}
