package uk.awarding.testengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.testengine.Candidates.newUln;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.TestClock;

/**
 * Awarding staff extend a running sitting's time for an access arrangement agreed late: the deadline moves exactly as
 * an invigilator's time addition moves it, the extension is audited, and every other caller or case is refused with a
 * problem that changes nothing.
 */
@QuarkusTest
class SittingTimeExtensionTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REASON = "25% extra time approved today (access arrangement AA-2026-0412)";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void staffExtendARunningSittingAndTheDeadlineMovesByExactlyTheMinutes() {
        String uln = newUln();
        String sitting = Candidates.startedSitting(uln);
        Instant before = deadline(uln, sitting);

        JsonPath extended = extend(TestTokens.staff(), sitting, Map.of("minutes", 15, "reason", REASON)).then()
                .statusCode(200).contentType(ContentType.JSON).extract().jsonPath();

        assertEquals(before.plus(Duration.ofMinutes(15)), Instant.parse(extended.getString("deadline")));
        assertEquals(before.plus(Duration.ofMinutes(15)), deadline(uln, sitting));
        assertEquals(15, extended.getInt("addedMinutes"));
        assertEquals("OPEN", extended.getString("status"));
        assertEquals(uln, extended.getString("uln"));
    }

    @Test
    void anExtensionIsInTheAuditOfTheSessionTheSittingRunsIn() {
        String uln = newUln();
        String sitting = Candidates.startedSitting(uln);
        String sessionId = extend(TestTokens.staff(), sitting, Map.of("minutes", 10, "reason", REASON)).then()
                .statusCode(200).extract().path("sessionId");

        JsonPath events = given().auth().oauth2(TestTokens.staff()).get("/api/test-sessions/{id}/events", sessionId)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> extension = events.<Map<String, Object>>getList("").stream()
                .filter(e -> "TIME_EXTENDED".equals(e.get("action"))).findFirst().orElseThrow();
        assertEquals("staff", extension.get("actor"));
        assertEquals(REASON, extension.get("reason"));
        assertEquals(10, extension.get("minutes"));
        assertEquals(sitting, extension.get("sittingId"));
        given().auth().oauth2(TestTokens.staff()).get("/api/test-sessions/{id}/incident-report", sessionId).then()
                .statusCode(200).body("incidents.action", hasItem("TIME_EXTENDED"))
                .body("candidates.addedMinutes", hasItem(10));
    }

    @Test
    void anUnknownSittingIsNotFound() {
        extend(TestTokens.staff(), "no-such-sitting", Map.of("minutes", 15, "reason", REASON)).then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:sitting-not-found"));
    }

    @Test
    void aSubmittedSittingIsNotRunningAndKeepsItsDeadline() {
        String uln = newUln();
        String sitting = Candidates.startedSitting(uln);
        given().auth().oauth2(TestTokens.candidate(uln)).post("/api/sittings/{id}/submission", sitting).then()
                .statusCode(200);
        Instant before = deadline(uln, sitting);

        extend(TestTokens.staff(), sitting, Map.of("minutes", 15, "reason", REASON)).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:sitting-not-running"));
        assertEquals(before, deadline(uln, sitting));
    }

    @Test
    void aSittingWhoseTimeRanOutIsNotReopened() {
        String uln = newUln();
        String sitting = Candidates.startedSitting(uln);
        Instant before = deadline(uln, sitting);
        clock.advance(Duration.ofMinutes(76));

        extend(TestTokens.staff(), sitting, Map.of("minutes", 15, "reason", REASON)).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:sitting-not-running"));
        assertEquals(before, deadline(uln, sitting));
    }

    @Test
    void badMinutesAndAMissingReasonAreNamedTogetherAndChangeNothing() {
        String uln = newUln();
        String sitting = Candidates.startedSitting(uln);
        Instant before = deadline(uln, sitting);

        extend(TestTokens.staff(), sitting, Map.of("minutes", 121, "reason", " ")).then().statusCode(400)
                .contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("minutes", "reason"));
        extend(TestTokens.staff(), sitting, Map.of("minutes", 0, "reason", REASON)).then().statusCode(400)
                .contentType(PROBLEM);
        extend(TestTokens.staff(), sitting, Map.of("reason", REASON)).then().statusCode(400).contentType(PROBLEM);
        assertEquals(before, deadline(uln, sitting));
    }

    @Test
    void onlyAwardingStaffMayExtend() {
        String uln = newUln();
        String sitting = Candidates.startedSitting(uln);
        Instant before = deadline(uln, sitting);
        Map<String, Object> body = Map.of("minutes", 15, "reason", REASON);

        for (String token : List.of(TestTokens.centre("CEN001"), TestTokens.candidate(uln),
                TestTokens.token("invigilator", Set.of("invigilator"), Map.of("centre_number", "CEN001")),
                TestTokens.service("registration-service"))) {
            extend(token, sitting, body).then().statusCode(403).contentType(PROBLEM);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/sittings/{id}/time-extensions", sitting).then()
                .statusCode(401).contentType(PROBLEM);
        assertEquals(before, deadline(uln, sitting));
    }

    private static Response extend(String token, String sitting, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/sittings/{id}/time-extensions", sitting);
    }

    private static Instant deadline(String uln, String sitting) {
        return Instant.parse(given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/{id}", sitting).then()
                .statusCode(200).extract().path("deadline"));
    }
}
