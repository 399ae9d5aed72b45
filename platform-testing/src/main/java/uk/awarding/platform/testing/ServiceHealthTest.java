package uk.awarding.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service shows the platform: readiness that depends on its database, Prometheus metrics, an OpenAPI
 * document under its own name, and its own security headers. A service's test names the service and nothing else:
 *
 * <pre>
 * &#64;QuarkusTest
 * class HealthTest extends ServiceHealthTest {
 *
 *     HealthTest() {
 *         super("catalogue-service");
 *     }
 * }
 * </pre>
 */
public abstract class ServiceHealthTest {

    private final String service;

    protected ServiceHealthTest(String service) {
        this.service = service;
    }

    @Test
    void isReadyOnlyWithItsDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void setsItsOwnSecurityHeadersWithoutAGatewayInFront() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'; script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void publishesPrometheusMetricsAndOpenApi() {
        given().when().get("/q/metrics").then().statusCode(200);
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(service));
    }
}
