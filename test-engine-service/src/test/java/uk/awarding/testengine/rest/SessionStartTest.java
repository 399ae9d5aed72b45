package uk.awarding.testengine.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.testengine.Candidates.newUln;
import static uk.awarding.testengine.Candidates.start;
import static uk.awarding.testengine.Candidates.storedForm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.Candidates.StoredQuestion;
import uk.awarding.testengine.PeerStubs;
import uk.awarding.testengine.TestSessions;
import uk.awarding.testengine.domain.PreparedForm;
import uk.awarding.testengine.service.RoomView;
import uk.awarding.testengine.service.TestSessionService;

/**
 * A start in an open test session uses what the session took when it opened: the booking brought up to date with the
 * registration, the unit, and the candidate's form drawn ahead. It asks no peer, so an exam room starts even while a
 * peer is down.
 */
@QuarkusTest
class SessionStartTest {

    @Inject
    TestSessionService sessions;

    @Inject
    DataSource dataSource;

    private String bookedAndOpened(String uln, int extraTimePercentWhenBooked, int extraTimePercentAtOpening) {
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, uln, "ACTIVE", "cg-2794-02", extraTimePercentAtOpening);
        TestSessions.bookOnOpenSession(registrationId, uln, extraTimePercentWhenBooked);
        return registrationId;
    }

    @Test
    void startsWithTheFormDrawnWhenTheSessionOpenedAndAsksNoPeer() {
        String uln = newUln();
        String registrationId = bookedAndOpened(uln, 25, 25);
        PreparedForm drawnAhead = PreparedForm.decode(preparedForm(registrationId));
        PeerStubs.registrationDown(registrationId);
        PeerStubs.server().resetRequests();

        String id = start(uln, registrationId).then().statusCode(201).extract().path("id");

        PeerStubs.server().verify(0, getRequestedFor(urlMatching("/api/(registrations|units|qualifications)/.*")));
        List<StoredQuestion> form = storedForm(dataSource, id);
        assertEquals(drawnAhead.questions().stream().map(q -> q.optionOrder().value()).toList(),
                form.stream().map(StoredQuestion::optionOrder).toList());
        assertEquals(drawnAhead.itemIds(), itemIds(id));
    }

    @Test
    void startsWithTheAccessArrangementsAsTheyWereWhenTheSessionOpened() {
        String uln = newUln();
        String registrationId = bookedAndOpened(uln, 0, 25);

        String id = start(uln, registrationId).then().statusCode(201).extract().path("id");

        assertEquals(25, Candidates.count(dataSource, "select extra_time_percent from sitting where id = ?", id));
    }

    @Test
    void drawsAFormAtTheStartWhenTheOneDrawnAheadCannotBeUsed() {
        String uln = newUln();
        String registrationId = bookedAndOpened(uln, 25, 25);
        String gone = PreparedForm.decode(preparedForm(registrationId)).questions().stream()
                .map(q -> (q.itemId() + 1_000_000) + ":" + q.optionOrder().value())
                .reduce((a, b) -> a + "," + b).orElseThrow();
        execute("update session_booking set prepared_form = ? where registration_id = ?", gone, registrationId);

        String id = start(uln, registrationId).then().statusCode(201).extract().path("id");

        assertEquals(25, storedForm(dataSource, id).size());
    }

    @Test
    void aCandidateBookedOnceTheSessionIsOpenGetsAFormDrawnAhead() {
        String uln = newUln();
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, uln, "ACTIVE", "cg-2794-02", 0);
        String other = newUln();
        String otherRegistration = UUID.randomUUID().toString();
        PeerStubs.registration(otherRegistration, other, "ACTIVE", "cg-2794-02", 0);
        String sessionId = TestSessions.bookOnOpenSession(otherRegistration, other, 0);

        given().auth().oauth2(TestTokens.centre(TestSessions.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("registrationId", registrationId))
                .post("/api/test-sessions/{id}/bookings", sessionId).then().statusCode(201);

        assertEquals(25, PreparedForm.decode(preparedForm(registrationId)).questions().size());
        start(uln, registrationId).then().statusCode(201);
    }

    @Test
    void refusesACandidateWhoseWithdrawalArrivedAfterTheSessionOpened() {
        String uln = newUln();
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, uln, "ACTIVE", "cg-2794-02", 0);
        String sessionId = TestSessions.bookOnOpenSession(registrationId, uln, 0);
        assertEquals(RoomView.State.BOOKED, roomState(sessionId));

        given().auth().oauth2(TestTokens.service("registration-service")).contentType(ContentType.JSON)
                .body(Map.of("registrationId", registrationId, "withdrawnAt", "2026-12-01T16:05:00Z"))
                .post("/api/registration-withdrawals").then().statusCode(204);

        start(uln, registrationId).then().statusCode(422)
                .body("type", equalTo("urn:awarding:problem:registration-not-active"))
                .body("registrationStatus", equalTo("WITHDRAWN"));
        assertEquals(0, Candidates.count(dataSource, "select count(*) from sitting where uln = ?", uln));
        // The invigilator sees it before the candidate tries.
        assertEquals(RoomView.State.WITHDRAWN, roomState(sessionId));
    }

    @Test
    void refusesACandidateTheSessionFoundWithdrawnWhenItOpened() {
        String uln = newUln();
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, uln, "WITHDRAWN", "cg-2794-02", 0);
        // Booked while active (the booking takes the registration as the centre's check found it), withdrawn since.
        String sessionId = TestSessions.bookOnOpenSession(registrationId, uln, 0);

        start(uln, registrationId).then().statusCode(422)
                .body("type", equalTo("urn:awarding:problem:registration-not-active"));
        assertEquals(RoomView.State.WITHDRAWN, roomState(sessionId));
    }

    /** The one booked candidate's state in the room, as the invigilator sees it. */
    private RoomView.State roomState(String sessionId) {
        return sessions.room(TestSessions.INVIGILATOR, sessionId).candidates().get(0).state();
    }

    private String preparedForm(String registrationId) {
        return query("select prepared_form from session_booking where registration_id = ?", registrationId).get(0);
    }

    private List<Long> itemIds(String sittingId) {
        return query("select item_id from sitting_question where sitting_id = ? order by position", sittingId).stream()
                .map(Long::valueOf).toList();
    }

    private List<String> query(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            assertEquals(1, statement.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
