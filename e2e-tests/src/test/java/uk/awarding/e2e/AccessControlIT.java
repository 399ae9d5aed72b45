package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The negative story: every request without the right, valid, untampered token is refused with the right status. */
@ExtendWith(Suite.class)
class AccessControlIT {

    /** Readable by every role of the suite. */
    private static final String CATALOGUE_READ = "/catalogue/api/qualifications";
    /** Role awarding-staff only. */
    private static final String CATALOGUE_CHANGE = "/catalogue/api/qualifications/cg-2794-02";

    @Test
    void refusesARequestWithoutToken() {
        given().get(CATALOGUE_READ)
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:unauthenticated"));
    }

    @Test
    void refusesTheWrongRole() {
        given().auth().oauth2(Keycloak.user("candidate")).contentType("application/json").body("{}")
                .put(CATALOGUE_CHANGE)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:forbidden"));
    }

    @Test
    void refusesATokenWhoseRolesWereRewritten() {
        String candidate = Keycloak.user("candidate");
        String payload = Keycloak.payload(candidate);
        String promotedPayload = payload.replace("\"groups\":[\"candidate\"]", "\"groups\":[\"awarding-staff\"]");
        assertThat(promotedPayload, not(equalTo(payload)));
        String promoted = Keycloak.withPayload(candidate, promotedPayload);

        given().auth().oauth2(promoted).contentType("application/json").body("{}")
                .put(CATALOGUE_CHANGE)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesAnExpiredToken() throws InterruptedException {
        // expiry-probe (local realm only) issues tokens that live 2 seconds.
        String token = Keycloak.password("expiry-probe", "staff");
        long expiry = Keycloak.claims(token).getLong("exp");
        while (Instant.now().getEpochSecond() <= expiry + 1) {
            Thread.sleep(250);
        }

        given().auth().oauth2(token).get(CATALOGUE_READ)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void letsAValidTokenRead() {
        given().auth().oauth2(Keycloak.centreApi()).get(CATALOGUE_READ)
                .then().statusCode(200);
    }
}
