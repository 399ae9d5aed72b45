package uk.awarding.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import uk.awarding.certification.Fixtures;
import uk.awarding.certification.PeerStubs;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.contract.Contracts;

@QuarkusTest
class UnitResultResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Map<String, Object> portfolio(String registrationId, String unit) {
        return Map.of("registrationId", registrationId, "unit", unit, "assessor", "A. Assessor",
                "internalQualityAssurer", "I. Verifier", "outcome", "PASS", "assessedOn", "2026-10-01");
    }

    private static ValidatableResponse postAs(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/unit-results").then();
    }

    private static String sittingRequest(String registrationId, String sittingId) {
        return Contracts.fixture("certification-service", "unit-result-from-sitting-request",
                Map.of("registrationId", registrationId, "sittingId", sittingId, "achievedOn", "2026-10-02"));
    }

    @Test
    void recordsATestResultOnceAndAnswersRepeatsWithTheSameResult() {
        String registrationId = UUID.randomUUID().toString();
        String sittingId = UUID.randomUUID().toString();
        PeerStubs.sitting(sittingId, registrationId, 20, 18, "2026-10-02");
        String service = TestTokens.service("test-engine-service");

        String first = postAs(service, sittingRequest(registrationId, sittingId))
                .statusCode(201).header("Location", startsWith("http")).extract().asString();
        Contracts.assertSatisfies("certification-service", "unit-result-from-sitting-response", first);

        String again = postAs(service, sittingRequest(registrationId, sittingId)).statusCode(200).extract().asString();
        Contracts.assertSatisfies("certification-service", "unit-result-from-sitting-response", again);
        assertEquals(JsonPath.from(first).getString("id"), JsonPath.from(again).getString("id"));
    }

    @Test
    void theLocationComesFromTheConfiguredAddressNotTheHostHeader() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).header("Host", "attacker.example")
                .contentType(ContentType.JSON).body(portfolio(registrationId, "2794-201")).post("/api/unit-results")
                .then().statusCode(201)
                .header("Location", startsWith("http://localhost:8080/certification/api/unit-results/"));
    }

    @Test
    void recordsAFailedSittingAsFail() {
        String registrationId = UUID.randomUUID().toString();
        String sittingId = UUID.randomUUID().toString();
        PeerStubs.sitting(sittingId, registrationId, 17, 18, "2026-10-02");
        postAs(TestTokens.service("test-engine-service"), Map.of("registrationId", registrationId,
                "unit", "2794-210", "sittingId", sittingId, "score", 17, "passMark", 18, "achievedOn", "2026-10-02"))
                .statusCode(201).body("outcome", equalTo("FAIL"));
    }

    @Test
    void onlyTestEngineServiceRecordsTestResults() {
        String registrationId = UUID.randomUUID().toString();
        String sittingId = UUID.randomUUID().toString();
        PeerStubs.sitting(sittingId, registrationId, 20, 18, "2026-10-02");
        postAs(TestTokens.service("catalogue-service"), sittingRequest(registrationId, sittingId))
                .statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:forbidden"));
        postAs(TestTokens.token("service-account-x", Set.of("service"), Map.of()), sittingRequest(registrationId, sittingId))
                .statusCode(403).contentType(PROBLEM);
        postAs(TestTokens.service("test-engine-service"), sittingRequest(registrationId, sittingId)).statusCode(201);
    }

    @Test
    void refusesAResultForASittingTheTestEngineDoesNotHave() {
        postAs(TestTokens.service("test-engine-service"), sittingRequest(UUID.randomUUID().toString(),
                UUID.randomUUID().toString()))
                .statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:sitting-not-found"));
    }

    @Test
    void testEngineDownIsA503AndNothingIsWritten() {
        String registrationId = UUID.randomUUID().toString();
        String sittingId = UUID.randomUUID().toString();
        PeerStubs.testEngineDown(sittingId);
        postAs(TestTokens.service("test-engine-service"), sittingRequest(registrationId, sittingId))
                .statusCode(503).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:test-engine-unavailable"));
        given().auth().oauth2(TestTokens.staff()).get("/api/registrations/" + registrationId + "/unit-results")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void refusesAResultThatIsNotWhatTheTestEngineKeeps() {
        String registrationId = UUID.randomUUID().toString();
        String sittingId = UUID.randomUUID().toString();
        PeerStubs.sitting(sittingId, registrationId, 12, 18, "2026-10-02");
        postAs(TestTokens.service("test-engine-service"), sittingRequest(registrationId, sittingId))
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:sitting-result-mismatch"));
    }

    @Test
    void refusesAResultAchievedInTheFuture() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        Map<String, Object> body = new HashMap<>(portfolio(registrationId, "2794-201"));
        body.put("assessedOn", LocalDate.now().plusYears(1).toString());
        postAs(TestTokens.centre(Fixtures.CENTRE), body).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:invalid-unit-result"))
                .body("errors.field", contains("achievedOn"));
        body.put("assessedOn", "2999-01-01");
        postAs(TestTokens.centre(Fixtures.CENTRE), body).statusCode(422).body("errors.field", contains("achievedOn"));
    }

    @Test
    void refusesAResultAchievedBeforeTheLearnerWasBorn() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02); // born 2001-04-12
        Map<String, Object> body = new HashMap<>(portfolio(registrationId, "2794-201"));
        body.put("assessedOn", "1995-06-01");
        postAs(TestTokens.centre(Fixtures.CENTRE), body).statusCode(422).body("errors.field", contains("achievedOn"));
        body.put("assessedOn", "1890-06-01");
        postAs(TestTokens.centre(Fixtures.CENTRE), body).statusCode(422).body("errors.field", contains("achievedOn"));
    }

    @Test
    void refusesTheAssessorAsTheirOwnInternalQualityAssurer() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        Map<String, Object> body = new HashMap<>(portfolio(registrationId, "2794-201"));
        body.put("internalQualityAssurer", "a. assessor");
        postAs(TestTokens.centre(Fixtures.CENTRE), body).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:invalid-unit-result"))
                .body("errors.field", contains("internalQualityAssurer"));
    }

    @Test
    void reportsEveryInvalidFieldInOneAnswer() {
        Map<String, Object> body = new HashMap<>();
        body.put("registrationId", UUID.randomUUID().toString());
        body.put("unit", "2794-201");
        body.put("assessor", "Jo Bloggs");
        body.put("internalQualityAssurer", "Jo Bloggs");
        body.put("achievedOn", "2999-01-01");
        postAs(TestTokens.centre(Fixtures.CENTRE), body).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("errors.field", contains("achievedOn", "internalQualityAssurer", "outcome"));
    }

    @Test
    void refusesATestResultDatedInTheFuture() {
        String registrationId = UUID.randomUUID().toString();
        String sittingId = UUID.randomUUID().toString();
        String tomorrow = LocalDate.now().plusDays(2).toString();
        PeerStubs.sitting(sittingId, registrationId, 20, 18, tomorrow);
        postAs(TestTokens.service("test-engine-service"), Map.of("registrationId", registrationId, "unit", "2794-210",
                "sittingId", sittingId, "score", 20, "passMark", 18, "achievedOn", tomorrow))
                .statusCode(422).body("type", equalTo("urn:awarding:problem:invalid-unit-result"));
    }

    @Test
    void refusesASittingWithoutScoreAsAValidationProblem() {
        postAs(TestTokens.service("test-engine-service"), Map.of("registrationId", UUID.randomUUID().toString(),
                "unit", "2794-210", "sittingId", UUID.randomUUID().toString(), "achievedOn", "2026-10-02"))
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("errors.field", hasItem("score"));
    }

    @Test
    void refusesMalformedJsonAndBadDatesWithProblems() {
        postAs(TestTokens.centre(Fixtures.CENTRE), "{\"registrationId\": ").statusCode(400).contentType(PROBLEM);
        postAs(TestTokens.centre(Fixtures.CENTRE), Map.of("registrationId", UUID.randomUUID().toString(),
                "unit", "2794-201", "assessor", "A", "internalQualityAssurer", "B", "outcome", "PASS",
                "achievedOn", "yesterday"))
                .statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:malformed-body"));
        postAs(TestTokens.centre(Fixtures.CENTRE), Map.of("registrationId", "not-a-uuid", "unit", "2794-201",
                "assessor", "A", "internalQualityAssurer", "B", "outcome", "MAYBE", "achievedOn", "2026-10-01"))
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void refusesAPortfolioResultWithoutADate() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        postAs(TestTokens.centre(Fixtures.CENTRE), Map.of("registrationId", registrationId, "unit", "2794-201",
                "assessor", "A", "internalQualityAssurer", "B", "outcome", "PASS"))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("achievedOn"));
    }

    @Test
    void recordsAPortfolioResultWithAssessorAndQualityAssurer() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        postAs(TestTokens.centre(Fixtures.CENTRE), portfolio(registrationId, "2794-201"))
                .statusCode(201).contentType(ContentType.JSON)
                .body("source", equalTo("PORTFOLIO"))
                .body("unit", equalTo("2794-201"))
                .body("assessor", equalTo("A. Assessor"))
                .body("internalQualityAssurer", equalTo("I. Verifier"))
                .body("achievedOn", equalTo("2026-10-01"))
                .body("current", equalTo(true));
    }

    @Test
    void acceptsAUnitByItsUrnAndStoresTheCatalogueUnitId() {
        String registrationId = Fixtures.registration(SeedQualification.SFJ_L2_CS);
        postAs(TestTokens.centre(Fixtures.CENTRE), portfolio(registrationId, "a/506/2130"))
                .statusCode(201).body("unit", equalTo("A/506/2130"));
    }

    @Test
    void anotherCentresRegistrationLooksMissing() {
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, Fixtures.OTHER_CENTRE, "cg-2794-02");
        postAs(TestTokens.centre(Fixtures.CENTRE), portfolio(registrationId, "2794-201"))
                .statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:registration-not-found"));
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE))
                .get("/api/registrations/" + registrationId + "/unit-results")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void refusesAUnitOutsideTheQualification() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        postAs(TestTokens.centre(Fixtures.CENTRE), portfolio(registrationId, "CU791"))
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:unit-not-in-qualification"));
    }

    @Test
    void aCentreCannotRecordAnOnlineTestedUnit() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        postAs(TestTokens.centre(Fixtures.CENTRE), portfolio(registrationId, "2794-210"))
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:unit-assessed-by-test"));
    }

    @Test
    void aSecondResultForTheSameUnitMustBeACorrection() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        String first = Fixtures.portfolioPass(registrationId, "2794-202");
        postAs(TestTokens.centre(Fixtures.CENTRE), portfolio(registrationId, "2794-202"))
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:unit-result-exists"))
                .body("unitResultId", equalTo(first));
    }

    @Test
    void aCorrectionIsANewRecordWithAReasonAndTheOriginalStaysOnRecord() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        String original = Fixtures.portfolioPass(registrationId, "2794-203");
        String correction = given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FAIL", "achievedOn", "2026-10-03", "reason", "IQA sampling found gaps"))
                .post("/api/unit-results/" + original + "/corrections")
                .then().statusCode(201)
                .body("corrects", equalTo(original))
                .body("correctionReason", equalTo("IQA sampling found gaps"))
                .body("outcome", equalTo("FAIL"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE))
                .get("/api/registrations/" + registrationId + "/unit-results")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(2))
                .body("items.find { it.id == '" + original + "' }.current", equalTo(false))
                .body("items.find { it.id == '" + original + "' }.correctedBy", equalTo(correction))
                .body("items.find { it.id == '" + correction + "' }.current", equalTo(true));

        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "PASS", "achievedOn", "2026-10-03", "reason", "again"))
                .post("/api/unit-results/" + original + "/corrections")
                .then().statusCode(409).body("type", equalTo("urn:awarding:problem:unit-result-superseded"));

        given().auth().oauth2(TestTokens.staff()).queryParam("subject", original).get("/api/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItem("unit-result-corrected"))
                .body("items.detail", hasItem(containsString("IQA sampling found gaps")));
    }

    @Test
    void aCorrectionNeedsAReason() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        String original = Fixtures.portfolioPass(registrationId, "2794-204");
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FAIL", "achievedOn", "2026-10-03"))
                .post("/api/unit-results/" + original + "/corrections")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
    }

    @Test
    void aCentreCannotCorrectATestResultButStaffCan() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        String testResult = Fixtures.sittingPass(registrationId, "2794-210");
        Map<String, String> body = Map.of("outcome", "FAIL", "achievedOn", "2026-10-03", "reason", "malpractice");
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON).body(body)
                .post("/api/unit-results/" + testResult + "/corrections")
                .then().statusCode(422).body("type", equalTo("urn:awarding:problem:unit-assessed-by-test"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(body)
                .post("/api/unit-results/" + testResult + "/corrections")
                .then().statusCode(201).body("source", equalTo("ONLINE_TEST")).body("score", equalTo(20));
    }

    @Test
    void anUnknownResultIsNotFound() {
        given().auth().oauth2(TestTokens.staff()).get("/api/unit-results/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:unit-result-not-found"));
    }

    @Test
    void rolesAreEnforced() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        postAs(TestTokens.candidate("9276308686"), portfolio(registrationId, "2794-201")).statusCode(403)
                .contentType(PROBLEM);
        postAs(TestTokens.staff(), portfolio(registrationId, "2794-201")).statusCode(403);
        given().contentType(ContentType.JSON).body(portfolio(registrationId, "2794-201")).post("/api/unit-results")
                .then().statusCode(401).contentType(PROBLEM);
        postAs(TestTokens.expired("centre-CEN001", Set.of("centre")), portfolio(registrationId, "2794-201"))
                .statusCode(401);
        given().auth().oauth2(TestTokens.service("test-engine-service"))
                .get("/api/registrations/" + registrationId + "/unit-results").then().statusCode(403);
    }

    @Test
    void registrationServiceDownIsA503AndNothingIsWritten() {
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registrationDown(registrationId);
        postAs(TestTokens.centre(Fixtures.CENTRE), portfolio(registrationId, "2794-201"))
                .statusCode(503).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:registration-unavailable"));
        given().auth().oauth2(TestTokens.staff())
                .get("/api/registrations/" + registrationId + "/unit-results")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
