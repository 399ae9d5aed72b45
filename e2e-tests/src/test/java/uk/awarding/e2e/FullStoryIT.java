package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story of design.md, through the gateway with real tokens, as one flow: each step needs the one before it.
 */
@ExtendWith(Suite.class)
class FullStoryIT {

    private static final String ULN = "9276308686";
    private static final String QUALIFICATION = "cg-2794-02";

    @Test
    void centreRegistersTheDemoCandidateWhoThenSeesTheRegistration() {
        String centre = Keycloak.centreApi();

        String registrationId = centreRegistersTheLearner(centre);

        candidateSeesTheirRegistration(registrationId);
    }

    private static String centreRegistersTheLearner(String centreToken) {
        return given().auth().oauth2(centreToken).contentType("application/json")
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
}
