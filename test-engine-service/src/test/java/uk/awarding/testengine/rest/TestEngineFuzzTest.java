package uk.awarding.testengine.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.fuzz.ServiceFuzzTest;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.PeerStubs;
import uk.awarding.testengine.service.TestSessionService;

/**
 * Every endpoint and page of the OpenAPI document under hostile input: never a 5xx or a stack trace, every error
 * a problem, another candidate's sitting hidden (404) and never shown, saves with bad sequence numbers, positions
 * and options refused without writing. Item bank changes touch only a draft item this test creates.
 */
@QuarkusTest
class TestEngineFuzzTest extends ServiceFuzzTest {

    @Test
    void anOptionTooLongForTheItemBankIsRefusedNotAServerError() {
        Map<String, Object> item = item();
        item.put("options", List.of("x".repeat(ItemRequest.TEXT + 1), "B", "C", "D"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(item)
                .when().post("/api/items").then().statusCode(400)
                .body("type", equalTo("urn:awarding:problem:validation-failed"));
    }

    @Test
    void idsNoPeerCouldHaveAreUnknownNotPeerUnavailable() {
        String uln = Candidates.newUln();
        Candidates.start(uln, Candidates.activeRegistration(uln), "?").then().statusCode(404);
        Candidates.start(uln, "?", PeerStubs.UNIT).then().statusCode(404);
    }

    @Test
    void everyEndpointSurvivesHostileInput() {
        String uln = Candidates.newUln();
        String registration = Candidates.activeRegistration(uln);
        String sitting = Candidates.start(uln, registration).then().statusCode(201).extract().path("id");
        String otherUln = Candidates.newUln();
        String otherRegistration = Candidates.activeRegistration(otherUln);
        String otherSitting = Candidates.start(otherUln, otherRegistration).then().statusCode(201).extract().path("id");
        String draftItem = given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(item())
                .when().post("/api/items").then().statusCode(201).extract().path("itemCode");
        String startable = Candidates.activeRegistration(uln);

        // registration-service and catalogue-service answer an unknown id with 404 (the shared stub's catch-all is a
        // 401), and this candidate's list of registrations, which the start page reads, is empty.
        List<StubMapping> registrationService = List.of(
                PeerStubs.server().stubFor(get(urlPathMatching("/api/registrations/.+")).atPriority(9)
                        .withHeader("Authorization", matching("Bearer .+"))
                        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                                .withBody("{\"type\":\"urn:awarding:problem:registration-not-found\",\"status\":404}"))),
                PeerStubs.server().stubFor(get(urlPathMatching("/api/units/.+")).atPriority(9)
                        .withHeader("Authorization", matching("Bearer .+"))
                        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                                .withBody("{\"type\":\"urn:awarding:problem:unit-not-found\",\"status\":404}"))),
                PeerStubs.server().stubFor(get(urlPathEqualTo("/api/registrations")).atPriority(9)
                        .withHeader("Authorization", matching("Bearer .+"))
                        .willReturn(okJson("{\"items\":[],\"page\":0,\"size\":100,\"total\":0}"))));
        try {
            fuzz(uln, sitting, otherUln, otherSitting, otherRegistration, draftItem, startable);
        } finally {
            registrationService.forEach(PeerStubs.server()::removeStub);
        }
    }

    private void fuzz(String uln, String sitting, String otherUln, String otherSitting, String otherRegistration,
            String draftItem, String startable) {
        AtomicLong sequence = new AtomicLong();
        fuzzer()
                .caller("candidate", () -> TestTokens.candidate(uln), otherSitting, otherRegistration, otherUln)
                .caller("staff", TestTokens::staff)
                .caller("certification-service", () -> TestTokens.service("certification-service"))
                // Test sessions: a centre's staff who also invigilate (an unknown session id is a 404 to them).
                .caller("centre and invigilator", () -> TestTokens.token("centre-invigilator",
                        Set.of("centre", "invigilator"), Map.of("centre_number", "CEN001")))
                .pathValue("id", () -> sitting)
                .pathValue("registrationId", () -> startable)
                .pathValue("position", () -> "1")
                .pathValue("itemCode", () -> draftItem)
                .pathValue("version", () -> "1")
                .foreign("id", () -> otherSitting)
                .body("POST /api/sittings", () -> Map.of("registrationId", startable, "unit", PeerStubs.UNIT))
                .body("PUT /api/sittings/{id}/responses/{position}",
                        () -> Map.of("optionId", "B", "flagged", true, "sequence", sequence.incrementAndGet()))
                .body("POST /api/test-sessions", TestEngineFuzzTest::session)
                .body("POST /api/test-sessions/{id}/bookings", () -> Map.of("registrationId", startable))
                .body("POST /api/items", TestEngineFuzzTest::item)
                .body("POST /api/items/{itemCode}/versions", TestEngineFuzzTest::item)
                .run();
    }

    private static Map<String, Object> session() {
        return Map.of("unit", PeerStubs.UNIT, "date", LocalDate.now(TestSessionService.UK).toString(),
                "startFrom", "09:00", "startUntil", "09:30", "location", "Room 4", "invigilators", List.of("invigilator"));
    }

    private static Map<String, Object> item() {
        Map<String, Object> item = new HashMap<>();
        item.put("unit", PeerStubs.UNIT);
        item.put("learningOutcome", "LO1");
        item.put("assessmentCriterion", "AC1.1");
        item.put("stem", "Which document sets out the duties of an employer under health and safety law?");
        item.put("options", List.of("The Health and Safety at Work etc. Act 1974", "A risk assessment", "A method statement",
                "A toolbox talk record"));
        item.put("key", "A");
        item.put("rationale", "The Act sets out the general duties.");
        return item;
    }
}
