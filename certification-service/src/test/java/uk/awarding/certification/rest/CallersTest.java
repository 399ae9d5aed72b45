package uk.awarding.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.awarding.platform.testing.TestTokens;

/** A centre token must say which centre it acts for, answered as registration-service answers it. */
@QuarkusTest
class CallersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void refusesACentreTokenWithoutCentreNumber() {
        String token = TestTokens.token("centre-nobody", Set.of("centre"), Map.of());
        assertCentreClaimMissing(as(token).body(Map.of("registrationId", UUID.randomUUID().toString()))
                .post("/api/claims"));
        assertCentreClaimMissing(as(token).get("/api/unit-results/" + UUID.randomUUID()));
        assertCentreClaimMissing(as(token).accept(ContentType.JSON).get("/api/certificates/ABCDEFGHJKMNP"));
    }

    @Test
    void refusesACentreTokenWithABlankCentreNumber() {
        String token = TestTokens.token("centre-blank", Set.of("centre"), Map.of("centre_number", " "));
        assertCentreClaimMissing(as(token).body(Map.of("registrationId", UUID.randomUUID().toString()))
                .post("/api/claims"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void assertCentreClaimMissing(Response response) {
        response.then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:centre-claim-missing"))
                .body("title", equalTo("No centre in the token"))
                .body("status", equalTo(403));
    }
}
