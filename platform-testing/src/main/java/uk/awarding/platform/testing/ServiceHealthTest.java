package uk.awarding.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service shows the platform: readiness that depends on its database, Prometheus metrics, and an OpenAPI
 * document under its own name. A service's test names the service and nothing else:
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
    void publishesPrometheusMetricsAndOpenApi() {
        given().when().get("/q/metrics").then().statusCode(200);
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(service));
    }
}
