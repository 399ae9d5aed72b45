package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story of design.md, through the gateway with real tokens, as one flow: each step needs the one before it.
 */
@ExtendWith(Suite.class)
class FullStoryIT {

    private static final String ULN = "9276308686";
    private static final String QUALIFICATION = "cg-2794-02";
    /** cg-2794-02's mandatory group; one optional unit (the online test 2794-210 here) completes it. */
    private static final List<String> MANDATORY_PORTFOLIO_UNITS = List.of(
            "2794-201", "2794-202", "2794-203", "2794-204", "2794-205", "2794-206");

    @Test
    void centreRegistersTheCandidateAndRecordsThePortfolioButCannotClaimBeforeTheTest() {
        String centre = Keycloak.centreApi();

        String registrationId = centreRegistersTheLearner(centre);
        candidateSeesTheirRegistration(registrationId);
        MANDATORY_PORTFOLIO_UNITS.forEach(unit -> centreRecordsAPortfolioPass(centre, registrationId, unit));

        claimIsRefusedWhileTheOptionalUnitIsMissing(centre, registrationId);
    }

    private static String centreRegistersTheLearner(String centre) {
        return given().auth().oauth2(centre).contentType("application/json")
                .header("Idempotency-Key", "e2e-story-" + ULN)
                .body("""
                        {"uln": "%s", "givenName": "Amara", "familyName": "Okafor", "dateOfBirth": "2001-04-12",
                         "qualificationId": "%s"}""".formatted(ULN, QUALIFICATION))
                .post("/registration/api/registrations")
                .then().statusCode(201)
                .body("centreNumber", equalTo("CEN001"))
                .body("uln", equalTo(ULN))
                .body("qualificationId", equalTo(QUALIFICATION))
                .body("status", equalTo("ACTIVE"))
                .extract().path("id");
    }

    private static void candidateSeesTheirRegistration(String registrationId) {
        given().auth().oauth2(Keycloak.user("candidate"))
                .get("/registration/api/registrations")
                .then().statusCode(200)
                .body("items.id", hasItem(registrationId));
    }

    private static void centreRecordsAPortfolioPass(String centre, String registrationId, String unit) {
        given().auth().oauth2(centre).contentType("application/json")
                .body("""
                        {"registrationId": "%s", "unit": "%s", "assessor": "Dana Reid",
                         "internalQualityAssurer": "Lee Park", "outcome": "PASS", "achievedOn": "2026-10-01"}"""
                        .formatted(registrationId, unit))
                .post("/certification/api/unit-results")
                .then().statusCode(201)
                .body("unit", equalTo(unit));
    }

    private static void claimIsRefusedWhileTheOptionalUnitIsMissing(String centre, String registrationId) {
        given().auth().oauth2(centre).contentType("application/json")
                .body("{\"registrationId\": \"%s\"}".formatted(registrationId))
                .post("/certification/api/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:rules-of-combination-not-met"))
                .body("shortfalls", not(empty()));
    }
}
