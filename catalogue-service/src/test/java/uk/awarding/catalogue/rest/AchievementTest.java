package uk.awarding.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.contract.Contracts;

/** The achievement endpoint over the real data; the rules engine's boundaries are covered by RulesOfCombinationTest. */
@QuarkusTest
class AchievementTest {

    private static final String SERVICE = TestTokens.service("certification-service");
    private static final List<String> CG_MANDATORY = List.of("2794-201", "2794-202", "2794-203", "2794-204", "2794-205",
            "2794-206");

    private static String achievement(String qualificationId, List<String> units) {
        return given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", units))
                .when().post("/api/qualifications/" + qualificationId + "/achievement")
                .then().statusCode(200).contentType("application/json")
                .extract().asString();
    }

    @Test
    void satisfiesTheAchievedContract() {
        List<String> units = new java.util.ArrayList<>(CG_MANDATORY);
        units.add("2794-210");
        Contracts.assertSatisfies("catalogue-service", "achievement-cg-2794-02-achieved", achievement("cg-2794-02", units));
    }

    @Test
    void satisfiesTheMissingOptionalContractWithAReadableShortfall() {
        String body = achievement("cg-2794-02", CG_MANDATORY);
        Contracts.assertSatisfies("catalogue-service", "achievement-cg-2794-02-missing-optional", body);
        given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", CG_MANDATORY))
                .when().post("/api/qualifications/cg-2794-02/achievement")
                .then().body("shortfalls[0]", containsString("Needs 1 more unit from "))
                .body("shortfalls[0]", containsString("achieved 0 of 1"));
    }

    @Test
    void namesMissingMandatoryUnits() {
        given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", List.of("2794-210")))
                .when().post("/api/qualifications/cg-2794-02/achievement")
                .then().statusCode(200)
                .body("achieved", equalTo(false))
                .body("shortfalls[0]", containsString("missing 2794-201, 2794-202, 2794-203, 2794-204, 2794-205, 2794-206"));
    }

    @Test
    void acceptsUnitReferencesForAllMandatoryNcfe() {
        given().auth().oauth2(SERVICE).contentType("application/json")
                .body(Map.of("units", List.of("F/618/0495", "J/618/0496", "L/618/0497", "R/618/0498", "Y/618/0499",
                        "F/618/0500")))
                .when().post("/api/qualifications/" + idOf("603/5681/9") + "/achievement")
                .then().statusCode(200)
                .body("achieved", equalTo(true))
                .body("shortfalls", empty());
    }

    @Test
    void proQualGroupMinimumAndMaximumFromTheData() {
        List<String> groupA = List.of("L/506/2150", "Y/506/2152", "K/506/2169", "D/506/1942", "T/506/2952", "J/506/2910");
        List<String> units = new java.util.ArrayList<>(groupA);
        // B: 5 + 5 + 5 = 15; C: 3 + 6 = 9: 55 credits.
        units.addAll(List.of("Y/506/2166", "D/506/2170", "K/506/2172", "T/506/1820", "K/503/0418"));
        String id = idOf("601/3577/3");
        given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", units))
                .when().post("/api/qualifications/" + id + "/achievement")
                .then().statusCode(200).body("achieved", equalTo(true));
        units.remove("K/503/0418");
        given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", units))
                .when().post("/api/qualifications/" + id + "/achievement")
                .then().statusCode(200).body("achieved", equalTo(false))
                .body("shortfalls", contains("Needs 6 more credits in total: achieved 49 of 55"));
    }

    @Test
    void ediNeedsAUnitFromEachOptionalGroupAndElevenCreditsAtLevelTwo() {
        String path = "/api/qualifications/edi-l2-nvq-cert-customer-service/achievement";
        // A: CU791 + CU792 (8); B CU795 (L2, 5); C CU806 (L2, 5); D CU813 (L1, 5); E CU826 (L2, 5): 28, 15 at level 2.
        List<String> units = new java.util.ArrayList<>(List.of("CU791", "CU792", "CU795", "CU806", "CU813", "CU826"));
        given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", units))
                .when().post(path).then().statusCode(200).body("achieved", equalTo(true));
        units.remove("CU813");
        units.add("CU825"); // E, level 2, 6 credits: no unit from group D any more
        given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", units))
                .when().post(path).then().statusCode(200)
                .body("shortfalls",
                        contains("Needs 1 more unit from Optional Units – Handling Problems (group D): achieved 0 of 1"));
    }

    @Test
    void sfjNeedsThirteenOptionalCreditsAndTwentySevenInTotal() {
        String path = "/api/qualifications/sfj-l2-cert-customer-service/achievement";
        List<String> mandatory = List.of("A/506/2130", "F/506/2131", "SFJ-3", "L/506/1788");
        List<String> units = new java.util.ArrayList<>(mandatory);
        units.addAll(List.of("A/506/2158", "T/506/2160", "K/506/2978")); // 5 + 3 + 5 = 13
        given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", units))
                .when().post(path).then().statusCode(200).body("achieved", equalTo(true));
        units.remove("T/506/2160");
        units.add("L/506/2133"); // 2 credits instead of 3
        given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", units))
                .when().post(path).then().statusCode(200)
                .body("shortfalls", contains("Needs 1 more credit from Optional Group B (group B): achieved 12 of 13",
                        "Needs 1 more credit in total: achieved 26 of 27"));
    }

    @Test
    void unknownUnitsAreABadRequestNamingThem() {
        given().auth().oauth2(SERVICE).contentType("application/json")
                .body(Map.of("units", List.of("2794-201", "9999-999", "Z/000/0000")))
                .when().post("/api/qualifications/cg-2794-02/achievement")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:unknown-units"))
                .body("units", contains("9999-999", "Z/000/0000"));
    }

    @Test
    void unitsOfAnotherQualificationAreUnprocessable() {
        given().auth().oauth2(SERVICE).contentType("application/json")
                .body(Map.of("units", List.of("2794-201", "L/506/2150")))
                .when().post("/api/qualifications/cg-2794-02/achievement")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:units-not-in-qualification"))
                .body("units", contains("L/506/2150"));
    }

    @Test
    void unknownQualificationIsNotFound() {
        given().auth().oauth2(SERVICE).contentType("application/json").body(Map.of("units", CG_MANDATORY))
                .when().post("/api/qualifications/cg-9999/achievement")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:qualification-not-found"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth().oauth2(SERVICE).contentType("application/json").body("{\"units\": [\"2794-201\",")
                .when().post("/api/qualifications/cg-2794-02/achievement")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:malformed-body"));
    }

    @Test
    void wronglyTypedBodyIsAMalformedBodyProblemNamingTheField() {
        given().auth().oauth2(SERVICE).contentType("application/json").body("{\"units\": {\"a\": 1}}")
                .when().post("/api/qualifications/cg-2794-02/achievement")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:malformed-body"))
                .body("errors[0].field", equalTo("units"));
    }

    @Test
    void missingUnitListIsAValidationProblem() {
        given().auth().oauth2(SERVICE).contentType("application/json").body("{}")
                .when().post("/api/qualifications/cg-2794-02/achievement")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("errors[0].field", equalTo("units"));
    }

    @Test
    void oversizedBodyIsAProblem() {
        String huge = "{\"units\": [\"" + "x".repeat(1_100_000) + "\"]}";
        given().auth().oauth2(SERVICE).contentType("application/json").body(huge)
                .when().post("/api/qualifications/cg-2794-02/achievement")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:body-too-large"));
    }

    @Test
    void anonymousCallersAreRefused() {
        given().contentType("application/json").body(Map.of("units", CG_MANDATORY))
                .when().post("/api/qualifications/cg-2794-02/achievement")
                .then().statusCode(401).contentType("application/problem+json");
    }

    static String idOf(String qualificationNumber) {
        return given().auth().oauth2(SERVICE).queryParam("q", qualificationNumber)
                .when().get("/api/qualifications")
                .then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
    }
}
