package uk.awarding.testengine.service;

import java.time.Instant;

import uk.awarding.testengine.domain.SessionAction;
import uk.awarding.testengine.domain.SessionEvent;

/** One entry of a session's audit; {@code registrationId} null for the whole room, {@code affected} its sittings. */
public record SessionEventView(Instant at, SessionAction action, String actor, String registrationId, Integer minutes,
        Integer affected, String reason) {

    static SessionEventView from(SessionEvent event) {
        return new SessionEventView(event.getAt(), event.getAction(), event.getActor(), event.getRegistrationId(),
                event.getMinutes(), event.getAffected(), event.getReason());
    }
}
