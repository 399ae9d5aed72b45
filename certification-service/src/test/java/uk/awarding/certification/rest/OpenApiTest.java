package uk.awarding.certification.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.awarding.platform.testing.ServiceOpenApiTest;

/** The OpenAPI document is enough to integrate from (the shared checks), and the unit-result shapes are exact. */
@QuarkusTest
class OpenApiTest extends ServiceOpenApiTest {

    @Test
    void aUnitResultRequestDocumentsEveryFieldEachCallerMustSend() {
        JsonPath schemas = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().setRootPath("components.schemas");
        assertEquals(Set.of("registrationId", "unit", "assessor", "internalQualityAssurer", "outcome", "achievedOn"),
                new TreeSet<>(schemas.<String>getList("PortfolioUnitResultRequest.required")));
        assertEquals(Set.of("registrationId", "unit", "sittingId", "score", "passMark", "achievedOn"),
                new TreeSet<>(schemas.<String>getList("SittingUnitResultRequest.required")));
    }
}
