package uk.awarding.testengine;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.quarkus.arc.Arc;
import uk.awarding.testengine.client.RegistrationView;
import uk.awarding.testengine.service.SessionActor;
import uk.awarding.testengine.service.TestSessionPlanning;
import uk.awarding.testengine.service.TestSessionService;

/**
 * Test sessions for tests about something else: unit 2794-210 is sat only in an invigilated session, so every test
 * candidate is booked on an open session of centre CEN001 that needs no keycode (as {@code ./run.sh} books the demo
 * candidate), through the same service code the API uses: booked, then opened, which takes the unit and the
 * registration from the peer stubs and draws the candidate's form ahead.
 */
public final class TestSessions {

    public static final String CENTRE = "CEN001";
    public static final SessionActor CENTRE_STAFF = new SessionActor("centre-" + CENTRE, CENTRE);
    public static final SessionActor INVIGILATOR = new SessionActor("invigilator", CENTRE);

    private TestSessions() {
    }

    /**
     * Books the registration (the registration fixture's candidate on cg-2794-02) on a new session of today and opens
     * it. Stub the registration first ({@link PeerStubs#registration}): opening reads it again, and an unknown one is a
     * failed call that counts towards opening registration-service's circuit breaker for the tests after.
     *
     * @return the session's id
     */
    public static String bookOnOpenSession(String registrationId, String uln, int extraTimePercent) {
        TestSessionService sessions = Arc.container().instance(TestSessionService.class).get();
        LocalDate today = LocalDate.ofInstant(Arc.container().instance(Clock.class).get().instant(),
                TestSessionService.UK);
        String sessionId = sessions.schedule(CENTRE_STAFF, PeerStubs.UNIT, today, LocalTime.MIN, LocalTime.MAX,
                "Test room", List.of("invigilator"), false).id();
        sessions.book(CENTRE_STAFF, sessionId, new RegistrationView(registrationId, CENTRE, uln, "Sam", "Candidate",
                "cg-2794-02", "ACTIVE", new RegistrationView.AccessArrangements(extraTimePercent), null));
        Arc.container().instance(TestSessionPlanning.class).get().open(INVIGILATOR, sessionId).await()
                .atMost(Duration.ofSeconds(30));
        return sessionId;
    }
}
