package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The negative story: every request without the right, valid, untampered token is refused with the right status. */
@ExtendWith(Suite.class)
class AccessControlIT {

    /** Readable by every role of the suite. */
    private static final String CATALOGUE_READ = "/catalogue/api/qualifications";
    /** Role centre only. */
    private static final String REGISTRATIONS = "/registration/api/registrations";
    /** A learner of its own, so this class needs nothing from any other. */
    private static final String REGISTRATION = """
            {"uln": "7348126900", "givenName": "Jordan", "familyName": "Ellis", "dateOfBirth": "1998-09-30",
             "qualificationId": "cg-2794-02"}""";

    @Test
    void refusesARequestWithoutToken() {
        given().get(CATALOGUE_READ)
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:unauthenticated"));
    }

    @Test
    void refusesACandidateOnACentreEndpoint() {
        given().auth().oauth2(Keycloak.user("candidate")).contentType("application/json").body(REGISTRATION)
                .post(REGISTRATIONS)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:forbidden"));
    }

    @Test
    void hidesARegistrationFromAnotherCentre() {
        String id = given().auth().oauth2(Keycloak.centreApi()).contentType("application/json")
                .header("Idempotency-Key", "e2e-access-control-7348126900").body(REGISTRATION)
                .post(REGISTRATIONS)
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(Keycloak.user("centre2")).get(REGISTRATIONS + "/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Keycloak.user("centre")).get(REGISTRATIONS + "/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void refusesATokenWhoseRolesWereRewritten() {
        String candidate = Keycloak.user("candidate");
        String payload = Keycloak.payload(candidate);
        String promotedPayload = payload.replace("\"groups\":[\"candidate\"]",
                "\"groups\":[\"centre\"],\"centre_number\":\"CEN001\"");
        assertThat(promotedPayload, not(equalTo(payload)));
        String promoted = Keycloak.withPayload(candidate, promotedPayload);

        given().auth().oauth2(promoted).contentType("application/json").body(REGISTRATION)
                .post(REGISTRATIONS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesAnExpiredToken() throws InterruptedException {
        // expiry-probe (local realm only) issues tokens that live 2 seconds.
        String token = Keycloak.password("expiry-probe", "centre");
        long expiry = Keycloak.claims(token).getLong("exp");
        while (Instant.now().getEpochSecond() <= expiry + 1) {
            Thread.sleep(250);
        }

        given().auth().oauth2(token).get(REGISTRATIONS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void letsAValidTokenRead() {
        given().auth().oauth2(Keycloak.centreApi()).get(CATALOGUE_READ)
                .then().statusCode(200).body("items.id", hasItem("cg-2794-02"));
    }
}
