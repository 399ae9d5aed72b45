package uk.awarding.testengine.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.testengine.Candidates.newUln;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.PeerStubs;
import uk.awarding.testengine.TestClock;
import uk.awarding.testengine.service.TestSessionService;

/**
 * The invigilator console and the candidate's keycode and paused pages over HTTP with real signed tokens (the page
 * tenant also takes a bearer token), as plain forms: everything here works with JavaScript off.
 */
@QuarkusTest
class InvigilatorPagesTest {

    private static final String INVIGILATOR = TestTokens.token("invigilator", Set.of("invigilator"),
            Map.of("centre_number", "CEN001"));

    @Inject
    Csrf csrfTokens;

    @Inject
    TestClock clock;

    @Test
    void theInvigilatorOpensTheRoomAndReadsTheKeycodeOnThePage() {
        Session session = sessionWithOneBookedCandidate();

        String before = page(INVIGILATOR, "/test-sessions/" + session.id).then().statusCode(200).extract().asString();
        assertTrue(before.contains("<h1>Unit 2794-210: Room 4</h1>"), before);
        assertTrue(before.contains("Booked, not started"), before);
        assertTrue(before.contains("<label for=\"pause-reason\">") || before.contains("id=\"open-session\""), before);

        post(INVIGILATOR, "/test-sessions/" + session.id + "/opening").then().statusCode(303)
                .header("Location", equalTo("../" + session.id + "?done=opened"));
        String open = page(INVIGILATOR, "/test-sessions/" + session.id + "?done=opened").then().statusCode(200)
                .extract().asString();
        String keycode = keycode(session.id);
        assertTrue(open.contains("id=\"keycode\" class=\"keycode\">" + keycode + "</strong>"), open);
        assertTrue(open.contains("The session is open."), open);
        assertTrue(open.contains("<label for=\"pause-reason\">Reason (optional)</label>"), open);

        page(TestTokens.centre("CEN001"), "/test-sessions/" + session.id).then().statusCode(200)
                .body(containsString(keycode)).body(not(containsString("id=\"pause-room\"")));
        page(TestTokens.token("invigilator2", Set.of("invigilator"), Map.of("centre_number", "CEN002")),
                "/test-sessions/" + session.id).then().statusCode(404).contentType(containsString("text/html"));
        page(TestTokens.candidate(session.uln), "/test-sessions/" + session.id).then().statusCode(403);
        page(INVIGILATOR, "/test-sessions").then().statusCode(200).body(containsString("test-sessions/" + session.id));
    }

    @Test
    void theCandidateStartsWithTheKeycodeAndSeesThePauseAndWhoMadeIt() {
        Session session = sessionWithOneBookedCandidate();
        post(INVIGILATOR, "/test-sessions/" + session.id + "/opening").then().statusCode(303);
        String token = TestTokens.candidate(session.uln);
        CandidatePagesStubs.activeRegistrations(session.uln, token, session.registrationId);

        String start = page(token, "/").then().statusCode(200).extract().asString();
        assertTrue(start.contains("<label for=\"keycode\">Keycode</label>"), start);
        post(token, "/sittings", "registrationId", session.registrationId, "unit", "2794-210", "keycode", "AAAAAA")
                .then().statusCode(403).contentType(containsString("text/html")).body(containsString("Wrong keycode"));
        String location = post(token, "/sittings", "registrationId", session.registrationId, "unit", "2794-210",
                "keycode", keycode(session.id)).then().statusCode(303).extract().header("Location");
        String sitting = location.split("/")[1];

        post(INVIGILATOR, "/test-sessions/" + session.id + "/pause", "reason", "Fire alarm").then().statusCode(303)
                .header("Location", equalTo("../" + session.id + "?done=room-paused"));
        String paused = page(token, "/sittings/" + sitting + "/questions/1").then().statusCode(200).extract()
                .asString();
        assertTrue(paused.contains("<h1>Your test is paused</h1>"), paused);
        assertTrue(paused.contains("invigilator has paused your test"), paused);
        assertTrue(!paused.contains("name=\"optionId\""), "no question while paused");
        post(token, "/sittings/" + sitting + "/questions/1", "optionId", "A", "sequence", "1", "go", "next").then()
                .statusCode(303).header("Location", equalTo("1"));
        given().auth().oauth2(token).accept("application/json").formParam("csrf", csrf(token))
                .formParam("optionId", "A").formParam("sequence", "2")
                .post("/sittings/" + sitting + "/questions/1").then().statusCode(409)
                .body("type", equalTo("urn:awarding:problem:sitting-paused"));

        post(INVIGILATOR, "/test-sessions/" + session.id + "/resumption").then().statusCode(303);
        page(token, "/sittings/" + sitting + "/questions/1").then().statusCode(200)
                .body(containsString("name=\"optionId\"")).body(not(containsString("id=\"paused\"")));
        String room = page(INVIGILATOR, "/test-sessions/" + session.id).then().statusCode(200).extract().asString();
        assertTrue(room.contains("Paused by invigilator, 1 test(s). Reason: Fire alarm"), room);
    }

    @Test
    void aFormWithBadInputNamesEveryFieldAndChangesNothing() {
        Session session = sessionWithOneBookedCandidate();
        post(INVIGILATOR, "/test-sessions/" + session.id + "/opening").then().statusCode(303);
        String token = TestTokens.candidate(session.uln);
        post(token, "/sittings", "registrationId", session.registrationId, "unit", "2794-210", "keycode",
                keycode(session.id)).then().statusCode(303);

        String problem = post(INVIGILATOR, "/test-sessions/" + session.id + "/candidates/" + session.registrationId
                + "/time-additions", "minutes", "five", "reason", " ").then().statusCode(400).extract().asString();
        assertTrue(problem.contains("minutes: must be a whole number of minutes from 1 to 120"), problem);
        assertTrue(problem.contains("reason: must not be blank"), problem);
        given().auth().oauth2(INVIGILATOR).redirects().follow(false).formParam("csrf", "forged")
                .post("/test-sessions/" + session.id + "/pause").then().statusCode(403);
        post(INVIGILATOR, "/test-sessions/" + session.id + "/candidates/" + session.registrationId
                + "/time-additions", "minutes", "5", "reason", "Late start").then().statusCode(303)
                .header("Location", equalTo("../../../" + session.id + "?done=time-added"));
        given().auth().oauth2(INVIGILATOR).get("/api/test-sessions/" + session.id + "/events").then()
                .body("action", equalTo(List.of("SCHEDULED", "BOOKED", "OPENED", "TIME_ADDED")));
    }

    private record Session(String id, String uln, String registrationId) {
    }

    private Session sessionWithOneBookedCandidate() {
        String centre = TestTokens.centre("CEN001");
        String id = given().auth().oauth2(centre).contentType(ContentType.JSON)
                .body(Map.of("unit", PeerStubs.UNIT,
                        "date", LocalDate.ofInstant(clock.instant(), TestSessionService.UK).toString(),
                        "startFrom", "00:00", "startUntil", "23:59:59", "location", "Room 4",
                        "invigilators", List.of("invigilator")))
                .post("/api/test-sessions").then().statusCode(201).extract().path("id");
        String uln = newUln();
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, uln, "ACTIVE", "cg-2794-02", 0);
        given().auth().oauth2(centre).contentType(ContentType.JSON).body(Map.of("registrationId", registrationId))
                .post("/api/test-sessions/" + id + "/bookings").then().statusCode(201);
        return new Session(id, uln, registrationId);
    }

    private static String keycode(String session) {
        return given().auth().oauth2(INVIGILATOR).get("/api/test-sessions/" + session).then().statusCode(200)
                .extract().path("keycode");
    }

    /** The form token of the session the token belongs to (tokens from the test server carry no sid). */
    private String csrf(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return csrfTokens.tokenForSession("sub:" + JsonPath.from(claims).getString("sub"));
    }

    private static Response page(String token, String path) {
        return given().auth().oauth2(token).redirects().follow(false).get(path);
    }

    private Response post(String token, String path, String... fields) {
        var request = given().auth().oauth2(token).redirects().follow(false).formParam("csrf", csrf(token));
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path);
    }
}
