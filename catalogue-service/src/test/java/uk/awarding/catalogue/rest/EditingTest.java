package uk.awarding.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.awarding.platform.testing.TestTokens;

/** Staff edits: roles, validation and optimistic locking. Edits only data that no other test asserts. */
@QuarkusTest
class EditingTest {

    private static final String STAFF = TestTokens.staff();

    private static JsonPath read(String path) {
        return given().auth().oauth2(STAFF).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> unitChange(JsonPath unit) {
        Map<String, Object> change = new HashMap<>();
        for (String field : new String[] { "version", "aoUnitCode", "title", "level", "glh", "credits", "assessmentMethod",
                "knowledgeOnly", "aim" }) {
            change.put(field, unit.get(field));
        }
        return change;
    }

    private static Map<String, Object> qualificationChange(JsonPath q) {
        Map<String, Object> change = new HashMap<>();
        for (String field : new String[] { "version", "qualificationNumber", "title", "awardingOrganisation", "level",
                "glh", "tqt", "credits", "minimumAge", "grading", "status", "specVersion", "sourceDocument" }) {
            change.put(field, q.get(field));
        }
        return change;
    }

    private static String ediId() {
        return given().auth().oauth2(STAFF).queryParam("q", "EDI").when().get("/api/qualifications")
                .then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    void staffAmendAQualificationAndAStaleVersionIsRefused() {
        String path = "/api/qualifications/" + ediId();
        JsonPath before = read(path);
        Map<String, Object> change = qualificationChange(before);
        change.put("minimumAge", 16);
        given().auth().oauth2(STAFF).contentType("application/json").body(change)
                .when().put(path)
                .then().statusCode(200)
                .body("minimumAge", equalTo(16))
                .body("version", equalTo(before.getInt("version") + 1));
        assertPersisted(path, "minimumAge", 16);
        change.put("minimumAge", 18);
        given().auth().oauth2(STAFF).contentType("application/json").body(change)
                .when().put(path)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:stale-version"));
        assertPersisted(path, "minimumAge", 16);
    }

    @Test
    void staffPublishANewSpecificationVersion() {
        String path = "/api/qualifications/" + ediId();
        JsonPath before = read(path);
        Map<String, Object> request = Map.of("version", before.getInt("version"), "specVersion", "staff-test-2");
        given().auth().oauth2(STAFF).contentType("application/json").body(request)
                .when().post(path + "/versions")
                .then().statusCode(200)
                .body("specVersion", equalTo("staff-test-2"));
        given().auth().oauth2(STAFF).contentType("application/json")
                .body(Map.of("version", before.getInt("version") + 1, "specVersion", "staff-test-2"))
                .when().post(path + "/versions")
                .then().statusCode(409).body("type", equalTo("urn:awarding:problem:spec-version-exists"));
    }

    @Test
    void invalidQualificationChangeListsTheFields() {
        String path = "/api/qualifications/" + ediId();
        Map<String, Object> change = qualificationChange(read(path));
        change.put("level", 9);
        change.put("glh", Map.of("min", 228, "max", 192));
        given().auth().oauth2(STAFF).contentType("application/json").body(change)
                .when().put(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("errors.field", contains("glh.range", "level"));
        change.put("level", 2);
        change.put("status", "CLOSED");
        given().auth().oauth2(STAFF).contentType("application/json").body(change)
                .when().put(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:malformed-body"))
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void takenQualificationNumberIsAConflict() {
        String path = "/api/qualifications/" + ediId();
        Map<String, Object> change = qualificationChange(read(path));
        change.put("qualificationNumber", "603/2394/2");
        given().auth().oauth2(STAFF).contentType("application/json").body(change)
                .when().put(path)
                .then().statusCode(409).body("type", equalTo("urn:awarding:problem:qualification-number-taken"));
    }

    @Test
    void onlyStaffMayEdit() {
        String path = "/api/qualifications/" + ediId();
        Map<String, Object> change = qualificationChange(read(path));
        for (String token : new String[] { TestTokens.centre("CEN001"), TestTokens.service("registration-service"),
                TestTokens.candidate("9276308686") }) {
            given().auth().oauth2(token).contentType("application/json").body(change)
                    .when().put(path)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType("application/json").body(change).when().put(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.centre("CEN001")).contentType("application/json")
                .body(Map.of("version", 0, "title", "x", "level", 2, "assessmentMethod", "PORTFOLIO"))
                .when().put("/api/units/L/506/1807")
                .then().statusCode(403);
    }

    @Test
    void staffAmendAUnitAndSharedCodesBecomeAmbiguous() {
        for (String unitId : new String[] { "L/506/1807", "L/506/1869" }) {
            Map<String, Object> change = unitChange(read("/api/units/" + unitId));
            change.put("aoUnitCode", "DUP-1");
            given().auth().oauth2(STAFF).contentType("application/json").body(change)
                    .when().put("/api/units/" + unitId)
                    .then().statusCode(200).body("aoUnitCode", equalTo("DUP-1")).body("unitId", equalTo(unitId));
        }
        given().auth().oauth2(STAFF).when().get("/api/units/DUP-1")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:ambiguous-unit-code"))
                .body("candidates", contains("L/506/1807", "L/506/1869"));
    }

    @Test
    void staleUnitEditIsRefused() {
        JsonPath unit = read("/api/units/H/506/1814");
        Map<String, Object> change = unitChange(unit);
        change.put("glh", 20);
        given().auth().oauth2(STAFF).contentType("application/json").body(change)
                .when().put("/api/units/H/506/1814").then().statusCode(200).body("glh", equalTo(20));
        change.put("glh", 21);
        given().auth().oauth2(STAFF).contentType("application/json").body(change)
                .when().put("/api/units/H/506/1814")
                .then().statusCode(409).body("type", equalTo("urn:awarding:problem:stale-version"));
    }

    @Test
    void invalidUnitChangeIsAValidationProblem() {
        given().auth().oauth2(STAFF).contentType("application/json")
                .body(Map.of("title", "", "level", 0, "assessmentMethod", "PORTFOLIO"))
                .when().put("/api/units/H/506/1814")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("level", "title", "version"));
    }

    private static void assertPersisted(String path, String field, Object value) {
        given().auth().oauth2(TestTokens.centre("CEN001")).when().get(path).then().body(field, equalTo(value));
    }
}
