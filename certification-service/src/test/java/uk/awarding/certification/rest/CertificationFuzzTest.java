package uk.awarding.certification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static uk.awarding.certification.Fixtures.CENTRE;
import static uk.awarding.certification.Fixtures.OTHER_CENTRE;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.awarding.certification.Fixtures;
import uk.awarding.certification.PeerStubs;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.fuzz.ApiFuzzer;
import uk.awarding.platform.testing.fuzz.DatabaseState;
import uk.awarding.platform.testing.fuzz.ServiceFuzzTest;

/**
 * Every endpoint and page of the OpenAPI document under hostile input: never a 5xx or a stack trace, every error
 * a problem, none of CEN002's registrations, unit results or certificates shown to CEN001, no other learner's
 * certificate shown to a learner, nothing written by a
 * refused request, no test result from a service account other than test-engine-service's, and no verification limit
 * reset by an X-Forwarded-For from a peer that is not the gateway.
 */
@QuarkusTest
class CertificationFuzzTest extends ServiceFuzzTest {

    private static final SeedQualification QUALIFICATION = SeedQualification.CG_2794_02;
    /** The learner of the registration fixture, whose certificates CEN001's are. */
    private static final String LEARNER = "9276308686";
    private static final String OTHER_LEARNER = Fixtures.newUln();

    @Inject
    DataSource database;

    @Test
    void everyEndpointSurvivesHostileInput() throws UnknownHostException {
        String ownCertificate = Fixtures.certified(QUALIFICATION);
        String ownRegistration = Fixtures.registration(QUALIFICATION);
        String ownResult = Fixtures.portfolioPass(ownRegistration, "2794-201");
        String claimable = Fixtures.registration(QUALIFICATION);
        Fixtures.passAll(claimable, QUALIFICATION.achievingUnits);

        // Another centre's learner, so neither CEN001 nor the learner of CEN001's certificates may see it.
        String otherRegistration = UUID.randomUUID().toString();
        PeerStubs.registration(otherRegistration, OTHER_CENTRE, QUALIFICATION.id, "ACTIVE",
                Map.of("uln", OTHER_LEARNER));
        String otherResult = null;
        for (String unit : QUALIFICATION.achievingUnits) {
            String id = unit.equals("2794-210") ? Fixtures.sittingPass(otherRegistration, unit)
                    : given().auth().oauth2(TestTokens.centre(OTHER_CENTRE)).contentType(ContentType.JSON)
                            .body(portfolioResult(otherRegistration, unit)).post("/api/unit-results")
                            .then().statusCode(201).extract().path("id");
            otherResult = otherResult == null ? id : otherResult;
        }
        String otherCertificate = given().auth().oauth2(TestTokens.centre(OTHER_CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("registrationId", otherRegistration, "unitCertificate", false)).post("/api/claims")
                .then().statusCode(201).extract().path("number");
        String foreignResult = otherResult;

        // registration-service answers an id it does not know with 404 (the shared stub's catch-all is a 401).
        StubMapping unknown = PeerStubs.server().stubFor(get(urlPathMatching("/api/registrations/.*")).atPriority(9)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:awarding:problem:registration-not-found\",\"status\":404}")));
        try {
            fuzz(ownCertificate, ownRegistration, ownResult, claimable, otherRegistration, foreignResult, otherCertificate);
        } finally {
            PeerStubs.server().removeStub(unknown);
        }
    }

    private void fuzz(String ownCertificate, String ownRegistration, String ownResult, String claimable,
            String otherRegistration, String otherResult, String otherCertificate) throws UnknownHostException {
        // Verifications count in verification_window, which a refused request may therefore change.
        ApiFuzzer.of(base).state(DatabaseState.of(database, "verification_window"))
                .caller("centre CEN001", () -> TestTokens.centre(CENTRE), otherRegistration, otherResult, otherCertificate)
                .caller("staff", TestTokens::staff)
                .caller("test-engine-service", () -> TestTokens.service("test-engine-service"))
                .caller("learner " + LEARNER, () -> TestTokens.candidate(LEARNER), OTHER_LEARNER, otherCertificate)
                .pathValue("number", () -> ownCertificate)
                .pathValue("id", () -> ownResult)
                .pathValue("registrationId", () -> ownRegistration)
                .pathValue("list", () -> "1")
                .foreign("number", () -> otherCertificate)
                .foreign("id", () -> otherResult)
                .foreign("registrationId", () -> otherRegistration)
                .body("POST /api/unit-results", () -> portfolioResult(ownRegistration, "2794-202"))
                .body("POST /api/unit-results/{id}/corrections",
                        () -> Map.of("outcome", "PASS", "achievedOn", "2026-10-01", "reason", "Wrong date entered"))
                .body("POST /api/claims", () -> Map.of("registrationId", claimable, "unitCertificate", false))
                .body("POST /api/certificates/{number}/replacement", () -> Map.of("reason", "Lost in a move"))
                .body("POST /api/certificates/{number}/revocation", () -> Map.of("reason", "Issued in error"))
                .refuses("catalogue-service", () -> TestTokens.service("catalogue-service"), "POST /api/unit-results")
                .rateLimited("GET /verify/{number}", Map.of("familyName", "Okafor"), 5, // %test limit per minute
                        InetAddress.getByName("127.0.0.4"))
                .run();
    }

    private static Map<String, Object> portfolioResult(String registrationId, String unit) {
        return Map.of("registrationId", registrationId, "unit", unit, "assessor", "A. Assessor",
                "internalQualityAssurer", "I. Verifier", "outcome", "PASS", "achievedOn", "2026-10-01");
    }
}
