package uk.awarding.catalogue.rest;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.fuzz.ServiceFuzzTest;

/**
 * Every endpoint and page of the OpenAPI document under hostile input: never a 5xx or a stack trace, every error
 * a problem, nothing written by a refused staff change (stale or absurd versions, broken facts). It edits only
 * the ProQual qualification and one of its units, which no other test reads.
 */
@QuarkusTest
class CatalogueFuzzTest extends ServiceFuzzTest {

    private static final String QUALIFICATION = "proqual-l3-diploma-customer-service";
    private static final String UNIT = "Y/506/2152";

    @Test
    void everyEndpointSurvivesHostileInput() {
        AtomicInteger versions = new AtomicInteger();
        fuzzer()
                .caller("staff", TestTokens::staff)
                .caller("centre", () -> TestTokens.centre("CEN001"))
                .pathValue("id", () -> QUALIFICATION)
                .pathValue("unitId", () -> UNIT)
                .body("POST /api/qualifications/{id}/achievement", () -> Map.of("units", List.of("L/506/2150", UNIT)))
                .body("PUT /api/qualifications/{id}", () -> current("/api/qualifications/" + QUALIFICATION, "version",
                        "qualificationNumber", "title", "awardingOrganisation", "level", "glh", "tqt", "credits",
                        "minimumAge", "grading", "status", "specVersion", "sourceDocument"))
                .body("POST /api/qualifications/{id}/versions", () -> Map.of(
                        "version", read("/api/qualifications/" + QUALIFICATION).getLong("version"),
                        "specVersion", "fuzz-" + versions.incrementAndGet(), "sourceDocument", "Fuzzed edition"))
                .body("PUT /api/units/{unitId}", () -> current("/api/units/" + UNIT, "version", "aoUnitCode", "title",
                        "level", "glh", "credits", "assessmentMethod", "knowledgeOnly", "aim"))
                .run();
    }

    private static JsonPath read(String path) {
        return given().auth().oauth2(TestTokens.staff()).urlEncodingEnabled(false)
                .when().get(path.replace(UNIT, UNIT.replace("/", "%2F"))).then().statusCode(200).extract().jsonPath();
    }

    /** The resource's fields as they are now: a change that would succeed as it stands. */
    private static Map<String, Object> current(String path, String... fields) {
        JsonPath resource = read(path);
        Map<String, Object> change = new HashMap<>();
        for (String field : fields) {
            change.put(field, resource.get(field));
        }
        return change;
    }
}
