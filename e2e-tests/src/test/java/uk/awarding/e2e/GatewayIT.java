package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The single entry point: routes, security headers, limits, and problem bodies for its own errors. */
@ExtendWith(Suite.class)
class GatewayIT {

    @ParameterizedTest
    @ValueSource(strings = { "catalogue", "registration", "test-engine", "certification" })
    void routesEveryServiceByItsShortName(String service) {
        given().get("/" + service + "/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void setsSecurityHeaders() {
        given().get("/catalogue/q/health/ready")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void followsOneCorrelationIdThroughGatewayAndService() {
        given().header("X-Correlation-Id", "e2e-gateway-1").get("/catalogue/q/health/ready")
                .then().statusCode(200).header("X-Correlation-Id", "e2e-gateway-1");
    }

    @Test
    void answersUnknownPathsWithAProblem() {
        given().get("/nowhere")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:not-found"));
    }

    @Test
    void keepsMetricsInsideTheNetwork() {
        given().get("/registration/q/metrics")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesBodiesOverTwoMegabytesWithAProblem() {
        given().contentType("application/json").body(new byte[3 * 1024 * 1024])
                .post("/registration/api/registrations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:body-too-large"));
    }
}
