package uk.awarding.testengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.testengine.Candidates.newUln;
import static uk.awarding.testengine.Candidates.save;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.PeerStubs;
import uk.awarding.testengine.TestClock;
import uk.awarding.testengine.domain.Deadline;
import uk.awarding.testengine.domain.Keycode;
import uk.awarding.testengine.service.ExpirySweeper;
import uk.awarding.testengine.service.TestSessionService;

/**
 * Test sessions through the API with real tokens: the centre schedules and books, the invigilator opens, pauses,
 * resumes, adds time, ends and closes; candidates start only in their open session with its keycode; every refusal is
 * a problem that changes nothing; another centre's session is never reached.
 */
@QuarkusTest
class TestSessionResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String CENTRE = TestTokens.centre("CEN001");
    private static final String OTHER_CENTRE = TestTokens.centre("CEN002");
    private static final String INVIGILATOR = TestTokens.token("invigilator", Set.of("invigilator"),
            Map.of("centre_number", "CEN001"));
    private static final String OTHER_INVIGILATOR = TestTokens.token("invigilator2", Set.of("invigilator"),
            Map.of("centre_number", "CEN002"));

    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    ExpirySweeper sweeper;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // --- scheduling and booking ---

    @Test
    void centreSchedulesASessionOfItsOwnCentre() {
        Response response = schedule(CENTRE, sessionBody(true));
        response.then().statusCode(201)
                .body("centreNumber", equalTo("CEN001"))
                .body("unit", equalTo(PeerStubs.UNIT))
                .body("status", equalTo("SCHEDULED"))
                .body("keycode", nullValue())
                .body("invigilators", equalTo(List.of("invigilator")))
                .body("booked", equalTo(0));
        String id = response.path("id");
        assertEquals(true, response.header("Location").endsWith("/api/test-sessions/" + id));
        // Other tests schedule sessions of CEN001 too: the list holds only CEN001's, and the new one by its id.
        given().auth().oauth2(CENTRE).get("/api/test-sessions?size=200").then().statusCode(200)
                .body("items.centreNumber", org.hamcrest.Matchers.everyItem(equalTo("CEN001")));
        given().auth().oauth2(CENTRE).get("/api/test-sessions/" + id).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"));
        given().auth().oauth2(OTHER_CENTRE).get("/api/test-sessions?size=200").then().statusCode(200)
                .body("items.centreNumber", org.hamcrest.Matchers.everyItem(equalTo("CEN002")));
        given().auth().oauth2(OTHER_CENTRE).get("/api/test-sessions/" + id).then().statusCode(404);
    }

    @Test
    void schedulingReportsEveryInvalidFieldAndWritesNothing() {
        long before = count("select count(*) from test_session");
        schedule(CENTRE, Map.of("unit", "", "invigilators", List.of())).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("unit", "date", "startFrom", "startUntil", "location",
                        "invigilators"));
        Map<String, Object> backwards = sessionBody(true);
        backwards.put("date", LocalDate.ofInstant(clock.instant(), TestSessionService.UK).minusDays(1).toString());
        backwards.put("startFrom", "10:00");
        backwards.put("startUntil", "09:00");
        schedule(CENTRE, backwards).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("date", "startUntil"));
        Map<String, Object> unknown = sessionBody(true);
        unknown.put("unit", "9999-999");
        PeerStubs.unknownUnit("9999-999");
        schedule(CENTRE, unknown).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:unit-not-found"));
        assertEquals(before, count("select count(*) from test_session"));
    }

    @Test
    void onlyACentreSchedulesAndBooks() {
        schedule(INVIGILATOR, sessionBody(true)).then().statusCode(403);
        schedule(TestTokens.candidate(newUln()), sessionBody(true)).then().statusCode(403);
        schedule(TestTokens.staff(), sessionBody(true)).then().statusCode(403);
        schedule(TestTokens.token("centre-x", Set.of("centre"), Map.of()), sessionBody(true)).then().statusCode(403)
                .body("type", equalTo("urn:awarding:problem:centre-claim-missing"));
        String session = scheduled(true);
        book(INVIGILATOR, session, registration(newUln())).then().statusCode(403);
    }

    @Test
    void centreBooksItsOwnActiveRegistrationsOnce() {
        String session = scheduled(true);
        String uln = newUln();
        String registrationId = registration(uln);

        book(CENTRE, session, registrationId).then().statusCode(201)
                .body("registrationId", equalTo(registrationId)).body("uln", equalTo(uln))
                .body("candidateName", equalTo("Amara Okafor")).body("extraTimePercent", equalTo(0));
        book(CENTRE, session, registrationId).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:already-booked"));

        String withdrawn = UUID.randomUUID().toString();
        PeerStubs.registration(withdrawn, newUln(), "WITHDRAWN", "cg-2794-02", 0);
        book(CENTRE, session, withdrawn).then().statusCode(422)
                .body("type", equalTo("urn:awarding:problem:registration-not-active"));
        String otherQualification = UUID.randomUUID().toString();
        PeerStubs.registration(otherQualification, newUln(), "ACTIVE", "cg-9999-01", 0);
        book(CENTRE, session, otherQualification).then().statusCode(422)
                .body("type", equalTo("urn:awarding:problem:unit-not-in-qualification"));
        assertEquals(1, count("select count(*) from session_booking where session_id = ?", session));
    }

    @Test
    void anotherCentresSessionAndRegistrationsAreNeverReached() {
        String session = scheduled(true);
        String registrationId = registration(newUln());

        // CEN002's centre cannot book on CEN001's session, nor book CEN001's registration on its own session.
        book(OTHER_CENTRE, session, registrationId).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:test-session-not-found"));
        String otherSession = schedule(OTHER_CENTRE, sessionBody(true)).then().statusCode(201).extract().path("id");
        book(OTHER_CENTRE, otherSession, registrationId).then().statusCode(404)
                .body("type", equalTo("urn:awarding:problem:registration-not-found"));
        // CEN002's invigilator can neither read nor run CEN001's session.
        for (String path : List.of("", "/candidates", "/events", "/incident-report")) {
            given().auth().oauth2(OTHER_INVIGILATOR).get("/api/test-sessions/" + session + path).then()
                    .statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("urn:awarding:problem:test-session-not-found"));
        }
        for (String path : List.of("/opening", "/pause", "/resumption", "/closure")) {
            act(OTHER_INVIGILATOR, session, path, Map.of()).then().statusCode(404).contentType(PROBLEM);
        }
        act(OTHER_INVIGILATOR, session, "/candidates/" + registrationId + "/time-additions",
                Map.of("minutes", 5, "reason", "x")).then().statusCode(404);
        assertEquals("SCHEDULED", sessionJson(CENTRE, session).getString("status"));
        assertEquals(1, count("select count(*) from session_event where session_id = ?", session));
    }

    @Test
    void unknownSessionIsAProblem() {
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(CENTRE).get("/api/test-sessions/" + unknown).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:test-session-not-found"));
        act(INVIGILATOR, unknown, "/opening", Map.of()).then().statusCode(404);
        book(CENTRE, unknown, registration(newUln())).then().statusCode(404)
                .body("type", equalTo("urn:awarding:problem:test-session-not-found"));
    }

    // --- opening and starting ---

    @Test
    void invigilatorOpensTheSessionWithANewKeycodeShownOnlyToTheCentreAndInvigilators() {
        String first = scheduled(true);
        String second = scheduled(true);
        act(TestTokens.centre("CEN001"), first, "/opening", Map.of()).then().statusCode(403);

        String keycode = open(first);
        assertEquals(keycode, open(first), "opening an open session keeps its keycode");
        String other = open(second);

        org.hamcrest.MatcherAssert.assertThat(keycode, matchesPattern("[" + Keycode.ALPHABET + "]{6}"));
        org.hamcrest.MatcherAssert.assertThat(other, not(equalTo(keycode)));
        assertEquals(keycode, sessionJson(CENTRE, first).getString("keycode"));
        given().auth().oauth2(TestTokens.staff()).get("/api/test-sessions/" + first).then().statusCode(403);
        given().auth().oauth2(TestTokens.candidate(newUln())).get("/api/test-sessions/" + first).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.staff()).get("/api/test-sessions/" + first + "/incident-report").then()
                .statusCode(200).body("session.keycode", nullValue());
    }

    @Test
    void aBookedCandidateStartsOnlyWithTheKeycodeOfTheOpenSession() {
        String session = scheduled(true);
        String uln = newUln();
        String registrationId = registration(uln);
        book(CENTRE, session, registrationId).then().statusCode(201);

        start(uln, registrationId, null).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:no-open-session"));
        String keycode = open(session);

        start(uln, registrationId, null).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:keycode-required"));
        start(uln, registrationId, wrong(keycode)).then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:keycode-wrong"));
        assertEquals(0, count("select count(*) from sitting where uln = ?", uln));

        start(uln, registrationId, keycode.toLowerCase()).then().statusCode(201);
        assertEquals(session, stringOf("select session_id from sitting where uln = ?", uln));
        room(INVIGILATOR, session).then().body("candidates[0].state", equalTo("STARTED"))
                .body("candidates[0].questionCount", equalTo(25));
    }

    @Test
    void anInvigilatedUnitIsNotStartedWithoutABookingOnAnOpenSession() {
        String uln = newUln();
        String registrationId = registration(uln);

        start(uln, registrationId, null).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:no-open-session"));
        assertEquals(0, count("select count(*) from sitting where uln = ?", uln));
    }

    @Test
    void aSessionWithoutAKeycodeStartsAsBefore() {
        String session = scheduled(false);
        String uln = newUln();
        String registrationId = registration(uln);
        book(CENTRE, session, registrationId).then().statusCode(201);
        assertEquals(null, open(session));

        start(uln, registrationId, null).then().statusCode(201);
    }

    @Test
    void aStartOutsideTheStartWindowIsRefused() {
        Map<String, Object> body = sessionBody(true);
        body.put("date", LocalDate.ofInstant(clock.instant(), TestSessionService.UK).plusDays(1).toString());
        String session = schedule(CENTRE, body).then().statusCode(201).extract().path("id");
        String uln = newUln();
        String registrationId = registration(uln);
        book(CENTRE, session, registrationId).then().statusCode(201);
        String keycode = open(session);

        start(uln, registrationId, keycode).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:outside-start-window"));
        assertEquals(0, count("select count(*) from sitting where uln = ?", uln));
    }

    // --- the room ---

    @Test
    void pausingTheRoomStopsEveryClockAndRefusesSavesUntilItResumes() {
        Room room = roomWithTwoStarted();
        long before = count("select count(*) from sitting_question q join sitting s on s.id = q.sitting_id "
                + "where s.session_id = ? and q.selected_option is not null", room.session);

        act(INVIGILATOR, room.session, "/pause", Map.of("reason", "Fire alarm")).then().statusCode(200)
                .body("session.paused", equalTo(true))
                .body("candidates.state", equalTo(List.of("PAUSED", "PAUSED")))
                .body("candidates.pausedBy", equalTo(List.of("invigilator", "invigilator")));

        save(room.ulns.get(0), room.sittings.get(0), 1, "A", 1).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:sitting-paused"))
                .body("pausedBy", equalTo("invigilator"));
        given().auth().oauth2(TestTokens.candidate(room.ulns.get(1)))
                .post("/api/sittings/" + room.sittings.get(1) + "/submission").then().statusCode(409)
                .body("type", equalTo("urn:awarding:problem:sitting-paused"));
        JsonPath paused = resume(room.ulns.get(0), room.sittings.get(0));
        assertEquals(true, paused.getBoolean("paused"));
        assertEquals("invigilator", paused.getString("pausedBy"));

        // Ninety minutes pass, past both deadlines: no time runs and nothing expires.
        long leftWhenPaused = paused.getLong("remainingSeconds");
        clock.advance(Duration.ofMinutes(90));
        sweeper.closeExpiredSittings();
        JsonPath later = resume(room.ulns.get(0), room.sittings.get(0));
        assertEquals("OPEN", later.getString("status"));
        assertEquals(leftWhenPaused, later.getLong("remainingSeconds"));
        assertEquals(before, count("select count(*) from sitting_question q join sitting s on s.id = q.sitting_id "
                + "where s.session_id = ? and q.selected_option is not null", room.session));

        act(INVIGILATOR, room.session, "/resumption", Map.of()).then().statusCode(200)
                .body("session.paused", equalTo(false))
                .body("candidates.state", equalTo(List.of("STARTED", "STARTED")));
        JsonPath audit = given().auth().oauth2(CENTRE).get("/api/test-sessions/" + room.session + "/events").then()
                .statusCode(200).extract().jsonPath();
        // The pause lasted from the audit's PAUSED to its RESUMED (90 minutes and what the test code took), to the ms.
        Duration pause = Duration.ofMillis(Duration.between(Instant.parse(audit.getString("[4].at")),
                Instant.parse(audit.getString("[5].at"))).toMillis());
        assertEquals(List.of("PAUSED", "RESUMED"), audit.getList("action").subList(4, 6));
        for (int i = 0; i < 2; i++) {
            JsonPath resumed = resume(room.ulns.get(i), room.sittings.get(i));
            Instant deadline = Instant.parse(resumed.getString("deadline"));
            Duration moved = Duration.between(room.deadlines.get(i), deadline);
            assertEquals(pause, moved, "both deadlines move by exactly the pause");
            assertEquals(moved.toMillis(), count("select paused_millis from sitting where id = ?", room.sittings.get(i)));
            assertEquals(Deadline.of(Instant.parse(resumed.getString("startedAt")), 60, 0, Duration.ZERO, moved),
                    deadline, "the statement moved the deadline as the rule does");
        }
        save(room.ulns.get(0), room.sittings.get(0), 1, "A", 1).then().statusCode(200);
    }

    @Test
    void noCandidateStartsWhileTheRoomIsPaused() {
        Room room = roomWithTwoStarted();
        String uln = newUln();
        String registrationId = registration(uln);
        book(CENTRE, room.session, registrationId).then().statusCode(201);
        act(INVIGILATOR, room.session, "/pause", Map.of()).then().statusCode(200);

        start(uln, registrationId, room.keycode).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:session-paused"));
        act(INVIGILATOR, room.session, "/resumption", Map.of()).then().statusCode(200);
        start(uln, registrationId, room.keycode).then().statusCode(201);
    }

    @Test
    void invigilatorPausesResumesAndAddsTimeForOneCandidate() {
        Room room = roomWithTwoStarted();
        String candidate = "/candidates/" + room.registrations.get(0);

        act(INVIGILATOR, room.session, candidate + "/pause", Map.of("reason", "Unwell")).then().statusCode(200)
                .body("candidates.find { it.registrationId == '" + room.registrations.get(0) + "' }.state",
                        equalTo("PAUSED"))
                .body("candidates.find { it.registrationId == '" + room.registrations.get(1) + "' }.state",
                        equalTo("STARTED"));
        save(room.ulns.get(1), room.sittings.get(1), 1, "A", 1).then().statusCode(200);
        clock.advance(Duration.ofMinutes(3));
        act(INVIGILATOR, room.session, candidate + "/resumption", Map.of()).then().statusCode(200);
        act(INVIGILATOR, room.session, candidate + "/time-additions",
                Map.of("minutes", 5, "reason", "Computer restarted")).then().statusCode(200)
                .body("candidates.find { it.registrationId == '" + room.registrations.get(0) + "' }.addedMinutes",
                        equalTo(5));

        Instant first = Instant.parse(resume(room.ulns.get(0), room.sittings.get(0)).getString("deadline"));
        Instant second = Instant.parse(resume(room.ulns.get(1), room.sittings.get(1)).getString("deadline"));
        Duration moved = Duration.between(room.deadlines.get(0), first);
        org.hamcrest.MatcherAssert.assertThat(moved.toMillis(), org.hamcrest.Matchers.both(
                org.hamcrest.Matchers.greaterThanOrEqualTo(8 * 60_000L))
                .and(org.hamcrest.Matchers.lessThan(8 * 60_000L + 30_000L)));
        assertEquals(room.deadlines.get(1), second, "the other candidate's deadline stays");

        act(INVIGILATOR, room.session, candidate + "/time-additions", Map.of("minutes", 0)).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", containsInAnyOrder("minutes", "reason"));
        act(TestTokens.centre("CEN001"), room.session, candidate + "/time-additions",
                Map.of("minutes", 5, "reason", "x")).then().statusCode(403);
        assertEquals(first, Instant.parse(resume(room.ulns.get(0), room.sittings.get(0)).getString("deadline")));
    }

    @Test
    void invigilatorEndsOneTestWithAReasonAndItIsHeldBackFromCertification() {
        Room room = roomWithTwoStarted();
        String candidate = "/candidates/" + room.registrations.get(0);
        Candidates.answer(dataSource, room.ulns.get(0), room.sittings.get(0), 25);

        act(INVIGILATOR, room.session, candidate + "/ending", Map.of()).then().statusCode(400);
        act(INVIGILATOR, room.session, candidate + "/ending", Map.of("reason", "Phone in use")).then()
                .statusCode(200)
                .body("candidates.find { it.registrationId == '" + room.registrations.get(0) + "' }.state",
                        equalTo("ENDED"));
        act(INVIGILATOR, room.session, candidate + "/ending", Map.of("reason", "again")).then().statusCode(409)
                .body("type", equalTo("urn:awarding:problem:candidate-test-not-running"));
        save(room.ulns.get(0), room.sittings.get(0), 1, "A", 100).then().statusCode(409)
                .body("type", equalTo("urn:awarding:problem:sitting-closed"));
        start(room.ulns.get(0), room.registrations.get(0), room.keycode).then().statusCode(409)
                .body("type", equalTo("urn:awarding:problem:test-ended-in-session"));
        assertEquals(0, count("select count(*) from outbox_message where sitting_id = ?", room.sittings.get(0)));
        given().auth().oauth2(CENTRE).get("/api/test-sessions/" + room.session + "/incident-report").then()
                .statusCode(200)
                .body("candidates.find { it.registrationId == '" + room.registrations.get(0) + "' }.endedReason",
                        equalTo("Phone in use"));
    }

    @Test
    void theRoomShowsProgressButNeverAnswersOrScores() {
        Room room = roomWithTwoStarted();
        save(room.ulns.get(0), room.sittings.get(0), 1, "A", 1).then().statusCode(200);
        save(room.ulns.get(0), room.sittings.get(0), 2, "B", 2).then().statusCode(200);

        String body = room(INVIGILATOR, room.session).then().statusCode(200)
                .body("candidates.find { it.registrationId == '" + room.registrations.get(0) + "' }.answered",
                        equalTo(2))
                .body("candidates.find { it.registrationId == '" + room.registrations.get(1) + "' }.answered",
                        equalTo(0))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("optionId")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("score")));
        room(CENTRE, room.session).then().statusCode(200);
        room(TestTokens.staff(), room.session).then().statusCode(403);
        room(TestTokens.candidate(room.ulns.get(0)), room.session).then().statusCode(403);
    }

    @Test
    void theSessionClosesOnlyOnceNoTestRunsAndThenNothingChanges() {
        Room room = roomWithTwoStarted();
        act(INVIGILATOR, room.session, "/closure", Map.of()).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:test-session-has-running-tests"))
                .body("running", equalTo(2));
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.candidate(room.ulns.get(i)))
                    .post("/api/sittings/" + room.sittings.get(i) + "/submission").then().statusCode(200);
        }
        act(INVIGILATOR, room.session, "/closure", Map.of()).then().statusCode(200).body("status", equalTo("CLOSED"));

        long events = count("select count(*) from session_event where session_id = ?", room.session);
        for (String path : List.of("/pause", "/resumption", "/closure", "/opening")) {
            act(INVIGILATOR, room.session, path, Map.of()).then().statusCode(409).contentType(PROBLEM)
                    .body("type", equalTo("urn:awarding:problem:test-session-closed"));
        }
        book(CENTRE, room.session, registration(newUln())).then().statusCode(409)
                .body("type", equalTo("urn:awarding:problem:test-session-closed"));
        assertEquals(events, count("select count(*) from session_event where session_id = ?", room.session));
        assertEquals(2, count("select count(*) from session_booking where session_id = ?", room.session));
    }

    @Test
    void everyActionIsAuditedWithActorTimeAndReasonForTheCentreAndStaff() {
        Room room = roomWithTwoStarted();
        act(INVIGILATOR, room.session, "/pause", Map.of("reason", "Fire alarm")).then().statusCode(200);
        act(INVIGILATOR, room.session, "/resumption", Map.of()).then().statusCode(200);
        act(INVIGILATOR, room.session, "/candidates/" + room.registrations.get(1) + "/time-additions",
                Map.of("minutes", 5, "reason", "Late start")).then().statusCode(200);

        for (String token : List.of(CENTRE, INVIGILATOR, TestTokens.staff())) {
            given().auth().oauth2(token).get("/api/test-sessions/" + room.session + "/events").then().statusCode(200)
                    .body("action", equalTo(List.of("SCHEDULED", "BOOKED", "BOOKED", "OPENED", "PAUSED", "RESUMED",
                            "TIME_ADDED")))
                    .body("actor", equalTo(List.of("centre-CEN001", "centre-CEN001", "centre-CEN001", "invigilator",
                            "invigilator", "invigilator", "invigilator")))
                    .body("[4].reason", equalTo("Fire alarm"))
                    .body("[4].affected", equalTo(2))
                    .body("[6].registrationId", equalTo(room.registrations.get(1)))
                    .body("[6].minutes", equalTo(5))
                    .body("[6].reason", equalTo("Late start"));
        }
        given().auth().oauth2(TestTokens.staff()).get("/api/test-sessions/" + room.session + "/incident-report").then()
                .statusCode(200)
                .body("incidents.action", equalTo(List.of("PAUSED", "RESUMED", "TIME_ADDED")))
                .body("candidates", hasSize(2));
        given().auth().oauth2(TestTokens.candidate(room.ulns.get(0)))
                .get("/api/test-sessions/" + room.session + "/events").then().statusCode(403);
    }

    @Test
    void aRoomOfAThousandPausesAndResumesInOneStatementEach() throws Exception {
        String session = scheduled(false);
        open(session);
        Instant start = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "insert into sitting (id, uln, registration_id, unit, status, open_for, started_at, deadline, "
                                + "duration_minutes, extra_time_percent, pass_mark, last_sequence, session_id) "
                                + "values (?, ?, ?, '2794-210', 'OPEN', ?, ?, ?, 60, 0, 18, 0, ?)")) {
            for (int i = 0; i < 1000; i++) {
                String uln = newUln();
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, uln);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setString(4, uln + "|2794-210");
                insert.setTimestamp(5, java.sql.Timestamp.from(start));
                insert.setTimestamp(6, java.sql.Timestamp.from(start.plus(Duration.ofMinutes(60))));
                insert.setString(7, session);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        String deadlines = "select count(distinct deadline) from sitting where session_id = ?";
        String before = stringOf("select min(deadline) from sitting where session_id = ?", session);

        long began = System.nanoTime();
        act(INVIGILATOR, session, "/pause", Map.of("reason", "Fire alarm")).then().statusCode(200);
        long pauseMillis = (System.nanoTime() - began) / 1_000_000;
        assertEquals(1000, count("select affected from session_event where session_id = ? and action = 'PAUSED'",
                session));
        assertEquals(1000, count("select count(*) from sitting where session_id = ? and paused_at is not null",
                session));
        clock.advance(Duration.ofMinutes(12));
        act(INVIGILATOR, session, "/resumption", Map.of()).then().statusCode(200);

        assertEquals(1000, count("select affected from session_event where session_id = ? and action = 'RESUMED'",
                session));
        assertEquals(0, count("select count(*) from sitting where session_id = ? and paused_at is not null", session));
        assertEquals(1, count(deadlines, session), "every deadline moved by the same pause");
        JsonPath audit = given().auth().oauth2(CENTRE).get("/api/test-sessions/" + session + "/events").then()
                .extract().jsonPath();
        Duration pause = Duration.ofMillis(Duration.between(Instant.parse(audit.getString("[2].at")),
                Instant.parse(audit.getString("[3].at"))).toMillis());
        assertEquals(pause.toMillis(), count("select max(paused_millis) from sitting where session_id = ?", session));
        assertEquals(pause.toMillis() * 1000, count("select timestampdiff(microsecond, ?, max(deadline)) from sitting "
                + "where session_id = ?", before, session));
        org.jboss.logging.Logger.getLogger(getClass()).infof("Paused a room of 1,000 in %d ms (the whole request)",
                pauseMillis);
        // Rows without a form: closed here, so that no other test's expiry sweep has to mark them.
        try (var connection = dataSource.getConnection();
                var close = connection.prepareStatement(
                        "update sitting set status = 'EXPIRED', open_for = null where session_id = ?")) {
            close.setString(1, session);
            close.executeUpdate();
        }
    }

    // --- helpers ---

    private record Room(String session, String keycode, List<String> ulns, List<String> registrations,
            List<String> sittings, List<Instant> deadlines) {
    }

    /** A session of CEN001 with two candidates (no extra time) started with its keycode. */
    private Room roomWithTwoStarted() {
        String session = scheduled(true);
        List<String> ulns = List.of(newUln(), newUln());
        List<String> registrations = ulns.stream().map(TestSessionResourceTest::registration).toList();
        registrations.forEach(r -> book(CENTRE, session, r).then().statusCode(201));
        String keycode = open(session);
        List<JsonPath> started = List.of(start(ulns.get(0), registrations.get(0), keycode).then().statusCode(201)
                .extract().jsonPath(),
                start(ulns.get(1), registrations.get(1), keycode).then().statusCode(201)
                        .extract().jsonPath());
        List<String> sittings = started.stream().map(s -> s.getString("id")).toList();
        // The deadlines as stored (the test clock has nanoseconds, the database keeps microseconds).
        return new Room(session, keycode, ulns, registrations, sittings, List.of(
                Instant.parse(resume(ulns.get(0), sittings.get(0)).getString("deadline")),
                Instant.parse(resume(ulns.get(1), sittings.get(1)).getString("deadline"))));
    }

    private static String registration(String uln) {
        String id = UUID.randomUUID().toString();
        PeerStubs.registration(id, uln, "ACTIVE", "cg-2794-02", 0);
        return id;
    }

    private Map<String, Object> sessionBody(boolean keycodeRequired) {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", PeerStubs.UNIT);
        body.put("date", LocalDate.ofInstant(clock.instant(), TestSessionService.UK).toString());
        body.put("startFrom", "00:00");
        body.put("startUntil", "23:59:59");
        body.put("location", "Room 4");
        body.put("invigilators", List.of("invigilator"));
        body.put("keycodeRequired", keycodeRequired);
        return body;
    }

    private String scheduled(boolean keycodeRequired) {
        return schedule(CENTRE, sessionBody(keycodeRequired)).then().statusCode(201).extract().path("id");
    }

    private static Response schedule(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/test-sessions");
    }

    private static Response book(String token, String session, String registrationId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("registrationId", registrationId)).post("/api/test-sessions/" + session + "/bookings");
    }

    private static Response act(String token, String session, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/test-sessions/" + session + path);
    }

    private static Response room(String token, String session) {
        return given().auth().oauth2(token).get("/api/test-sessions/" + session + "/candidates");
    }

    private static String open(String session) {
        return act(INVIGILATOR, session, "/opening", Map.of()).then().statusCode(200)
                .body("status", equalTo("OPEN")).extract().path("keycode");
    }

    private static JsonPath sessionJson(String token, String session) {
        return given().auth().oauth2(token).get("/api/test-sessions/" + session).then().statusCode(200).extract()
                .jsonPath();
    }

    private static Response start(String uln, String registrationId, String keycode) {
        Map<String, Object> body = new HashMap<>(Map.of("registrationId", registrationId, "unit", PeerStubs.UNIT));
        if (keycode != null) {
            body.put("keycode", keycode);
        }
        return given().auth().oauth2(TestTokens.candidate(uln)).contentType(ContentType.JSON).body(body)
                .post("/api/sittings");
    }

    private static JsonPath resume(String uln, String sittingId) {
        return given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/" + sittingId).then()
                .statusCode(200).extract().jsonPath();
    }

    private static String wrong(String keycode) {
        char first = keycode.charAt(0) == 'A' ? 'B' : 'A';
        return first + keycode.substring(1);
    }

    private long count(String sql, Object... parameters) {
        return Candidates.count(dataSource, sql, parameters);
    }

    private String stringOf(String sql, Object parameter) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
