package uk.awarding.testengine.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.awarding.testengine.domain.SessionStatus;
import uk.awarding.testengine.domain.TestSession;

/**
 * A test session as the centre and its invigilators see it. The keycode is shown to them only, once the session is
 * open; {@code withoutKeycode} is the form for anyone else (awarding staff reading the audit).
 */
public record TestSessionView(String id, String centreNumber, String unit, LocalDate date, Instant startsFrom,
        Instant startsUntil, String location, List<String> invigilators, boolean keycodeRequired, String keycode,
        SessionStatus status, boolean paused, String pausedBy, Instant pausedAt, long booked) {

    static TestSessionView from(TestSession session, long booked) {
        return new TestSessionView(session.getId(), session.getCentreNumber(), session.getUnit(), session.getDate(),
                session.getStartsFrom(), session.getStartsUntil(), session.getLocation(), session.getInvigilators(),
                session.isKeycodeRequired(), session.getKeycode(), session.getStatus(), session.isPaused(),
                session.getPausedBy(), session.getPausedAt(), booked);
    }

    public TestSessionView withoutKeycode() {
        return new TestSessionView(id, centreNumber, unit, date, startsFrom, startsUntil, location, invigilators,
                keycodeRequired, null, status, paused, pausedBy, pausedAt, booked);
    }
}
