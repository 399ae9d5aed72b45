package uk.awarding.certification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.awarding.certification.Fixtures;
import uk.awarding.certification.PeerStubs;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.TestTokens;

@QuarkusTest
class ClaimResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @EnumSource(SeedQualification.class)
    void issuesAFullCertificateWhenTheRulesOfCombinationAreMet(SeedQualification qualification) {
        String registrationId = Fixtures.registration(qualification);
        Fixtures.passAll(registrationId, qualification.achievingUnits);
        JsonPath expected = JsonPath.from(qualification.json());

        Response response = Fixtures.claim(registrationId, false);
        response.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/certificates/[2-9A-Z]{13}$"))
                .body("number", matchesPattern("[2-9A-HJKMNP-Z]{13}"))
                .body("type", equalTo("FULL"))
                .body("replacement", equalTo(false))
                .body("status", equalTo("VALID"))
                .body("awardingOrganisation", equalTo(expected.getString("awardingOrganisation")))
                .body("learner.givenName", equalTo("Amara"))
                .body("learner.familyName", equalTo("Okafor"))
                .body("learner.uln", equalTo("9276308686"))
                .body("qualification.title", equalTo(expected.getString("title")))
                .body("qualification.qualificationNumber", equalTo(expected.getString("qualificationNumber")))
                .body("qualification.level", equalTo(expected.getInt("level")))
                .body("units.unitId", contains(qualification.achievingUnits.stream().sorted().toArray()))
                .body("showsCredits", equalTo(expected.get("credits") != null))
                .body("issuedOn", matchesPattern("\\d{4}-\\d{2}-\\d{2}"));
        if (expected.get("credits") != null) {
            int credits = response.jsonPath().getList("units.credits", Integer.class).stream().mapToInt(i -> i).sum();
            assertEquals(credits, response.jsonPath().getInt("totalCredits"));
            assertTrue(credits >= expected.getInt("credits"), "credits " + credits);
        } else {
            response.then().body("totalCredits", nullValue());
        }
        PeerStubs.server().verify(getRequestedFor(urlEqualTo("/api/registrations/" + registrationId))
                .withHeader("Authorization", matching("Bearer .+")));
        PeerStubs.server().verify(postRequestedFor(urlEqualTo("/api/qualifications/" + qualification.id + "/achievement"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @ParameterizedTest
    @EnumSource(SeedQualification.class)
    void issuesAUnitCertificateOfTheUnitsAchievedWhenAskedFor(SeedQualification qualification) {
        String registrationId = Fixtures.registration(qualification);
        List<String> some = qualification.achievingUnits.subList(0, 2);
        Fixtures.passAll(registrationId, some);

        Fixtures.claim(registrationId, true).then().statusCode(201)
                .body("type", equalTo("UNIT"))
                .body("units", hasSize(2))
                .body("units.unitId", contains(some.stream().sorted().toArray()))
                .body("qualification.title", equalTo(JsonPath.from(qualification.json()).getString("title")));
    }

    @Test
    void answersTheShortfallsWhenTheRulesAreNotMetAndWritesNothing() {
        String registrationId = Fixtures.registration(SeedQualification.CG_2794_02);
        Fixtures.passAll(registrationId, SeedQualification.CG_2794_02.achievingUnits.subList(0, 6));

        Fixtures.claim(registrationId, false).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:rules-of-combination-not-met"))
                .body("shortfalls", contains(PeerStubs.SHORTFALL));
        // nothing was claimed: the learner can still complete and claim
        Fixtures.sittingPass(registrationId, "2794-210");
        Fixtures.claim(registrationId, false).then().statusCode(201).body("type", equalTo("FULL"));
    }

    @Test
    void aUnitCertificateNeedsAtLeastOneUnit() {
        String registrationId = Fixtures.registration(SeedQualification.NCFE_L2_CSP);
        Fixtures.claim(registrationId, true).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:no-units-achieved"));
    }

    @Test
    void failedAndCorrectedAwayResultsDoNotCount() {
        SeedQualification ncfe = SeedQualification.NCFE_L2_CSP;
        String registrationId = Fixtures.registration(ncfe);
        Fixtures.passAll(registrationId, ncfe.achievingUnits);
        String last = given().auth().oauth2(TestTokens.staff())
                .get("/api/registrations/" + registrationId + "/unit-results").then().extract().path("items[5].id");
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "FAIL", "achievedOn", "2026-10-03", "reason", "evidence not authentic"))
                .post("/api/unit-results/" + last + "/corrections").then().statusCode(201);
        Fixtures.claim(registrationId, false).then().statusCode(422)
                .body("type", equalTo("urn:awarding:problem:rules-of-combination-not-met"));
    }

    @Test
    void aRegistrationIsNeverClaimedTwice() {
        String registrationId = Fixtures.registration(SeedQualification.NCFE_L2_CSP);
        Fixtures.passAll(registrationId, SeedQualification.NCFE_L2_CSP.achievingUnits);
        String number = Fixtures.claim(registrationId, false).then().statusCode(201).extract().path("number");

        Fixtures.claim(registrationId, false).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:already-claimed"))
                .body("certificateNumber", equalTo(number));
        Fixtures.claim(registrationId, true).then().statusCode(409);
    }

    @Test
    void repeatingTheIdempotencyKeyAnswersTheSameCertificate() {
        String registrationId = Fixtures.registration(SeedQualification.NCFE_L2_CSP);
        Fixtures.passAll(registrationId, SeedQualification.NCFE_L2_CSP.achievingUnits);
        String key = UUID.randomUUID().toString();
        String number = claimWithKey(registrationId, key).then().statusCode(201).extract().path("number");
        claimWithKey(registrationId, key).then().statusCode(200).body("number", equalTo(number));
        claimWithKey(registrationId, UUID.randomUUID().toString()).then().statusCode(409);
    }

    @Test
    void concurrentClaimsIssueExactlyOneCertificate() throws Exception {
        String registrationId = Fixtures.registration(SeedQualification.SFJ_L2_CS);
        Fixtures.passAll(registrationId, SeedQualification.SFJ_L2_CS.achievingUnits);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Response> claim = () -> {
            start.await();
            return Fixtures.claim(registrationId, false);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> futures = new ArrayList<>(List.of(pool.submit(claim), pool.submit(claim)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (Future<Response> future : futures) {
                Response response = future.get();
                statuses.add(response.statusCode());
                numbers.add(response.statusCode() == 201 ? response.path("number") : response.path("certificateNumber"));
            }
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses);
            assertEquals(numbers.get(0), numbers.get(1), "the refused claim names the one certificate");
            given().auth().oauth2(TestTokens.staff()).queryParam("subject", numbers.get(0)).get("/api/audit-events")
                    .then().body("items.findAll { it.action == 'certificate-issued' }", hasSize(1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherCentresRegistrationCannotBeClaimed() {
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, Fixtures.OTHER_CENTRE, "ncfe-l2-csp");
        Fixtures.claim(registrationId, false).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:registration-not-found"));
    }

    @Test
    void aWithdrawnRegistrationCannotBeClaimed() {
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, Fixtures.CENTRE, SeedQualification.CG_2794_02.id, "WITHDRAWN");
        Fixtures.claim(registrationId, false).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:registration-withdrawn"));
    }

    @Test
    void catalogueDownIsA503AndNothingIsClaimed() {
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, Fixtures.CENTRE, "down-qualification");
        PeerStubs.server().stubFor(get(urlEqualTo("/api/qualifications/down-qualification"))
                .willReturn(okJson(
                        SeedQualification.NCFE_L2_CSP.json().replace("ncfe-l2-csp", "down-qualification"))));
        PeerStubs.achievementDown("down-qualification");
        Fixtures.passAll(registrationId, SeedQualification.NCFE_L2_CSP.achievingUnits);

        Fixtures.claim(registrationId, false).then().statusCode(503).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:catalogue-unavailable"));
        given().auth().oauth2(TestTokens.staff()).get("/api/registrations/" + registrationId + "/unit-results")
                .then().body("items.usedOnCertificate", contains(false, false, false, false, false, false));
        Fixtures.claim(registrationId, false).then().statusCode(503); // still not claimed, so not a 409
    }

    @Test
    void refusesBadClaimsWithProblems() {
        claimBody(Map.of("registrationId", "nope")).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:validation-failed"));
        claimBody(Map.of()).then().statusCode(400).contentType(PROBLEM);
        claimBody(Map.of("registrationId", UUID.randomUUID().toString(), "unitCertificate", "perhaps"))
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON).body("[")
                .post("/api/claims").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void onlyCentresClaim() {
        Map<String, String> body = Map.of("registrationId", UUID.randomUUID().toString());
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(body).post("/api/claims")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.service("test-engine-service")).contentType(ContentType.JSON).body(body)
                .post("/api/claims").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/claims").then().statusCode(401);
    }

    private static Response claimWithKey(String registrationId, String key) {
        return given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("registrationId", registrationId)).post("/api/claims");
    }

    private static Response claimBody(Object body) {
        return given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON).body(body)
                .post("/api/claims");
    }
}
