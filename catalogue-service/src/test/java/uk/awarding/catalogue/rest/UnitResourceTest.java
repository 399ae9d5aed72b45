package uk.awarding.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.contract.Contracts;

@QuarkusTest
class UnitResourceTest {

    /** A fresh token per request: a token made when the class loads can expire before a slow run reaches it. */
    private static String candidate() {
        return TestTokens.candidate("9276308686");
    }

    @Test
    void satisfiesTheUnitContract() {
        String body = given().auth().oauth2(TestTokens.service("test-engine-service"))
                .when().get("/api/units/2794-210")
                .then().statusCode(200).extract().asString();
        Contracts.assertSatisfies("catalogue-service", "unit-2794-210", body);
    }

    @Test
    void showsLearningOutcomesCriteriaAndRange() {
        given().auth().oauth2(candidate()).when().get("/api/units/2794-210")
                .then().statusCode(200)
                .body("learningOutcomes.code", contains("LO1", "LO2", "LO3", "LO4"))
                .body("learningOutcomes[0].title", equalTo("Understand the impact of external factors to the organisation"))
                .body("learningOutcomes[0].assessmentCriteria", hasSize(5))
                .body("learningOutcomes[1].assessmentCriteria", hasSize(5))
                .body("learningOutcomes[2].assessmentCriteria", hasSize(7))
                .body("learningOutcomes[3].assessmentCriteria", hasSize(6))
                .body("learningOutcomes[0].assessmentCriteria[0].text", equalTo("state what is meant by a PESTLE analysis"));
    }

    @Test
    void findsAUnitByReferenceWithRawOrEncodedSlashes() {
        given().auth().oauth2(candidate()).when().get("/api/units/L/506/2150")
                .then().statusCode(200)
                .body("unitId", equalTo("L/506/2150"))
                .body("title", equalTo("Organise and deliver customer service"))
                .body("credits", equalTo(5));
        given().auth().oauth2(candidate()).urlEncodingEnabled(false).when().get("/api/units/L%2F506%2F2150")
                .then().statusCode(200)
                .body("unitId", equalTo("L/506/2150"));
    }

    @Test
    void listsEveryQualificationOfASharedUnit() {
        given().auth().oauth2(candidate()).when().get("/api/units/D/506/2119")
                .then().statusCode(200)
                .body("qualifications", hasSize(2))
                .body("qualifications", containsInAnyOrder(AchievementTest.idOf("601/3577/3"),
                        given().auth().oauth2(candidate()).queryParam("q", "SFJ").when().get("/api/qualifications")
                                .then().extract().path("items[0].id")));
    }

    @Test
    void unknownUnitIsAProblem() {
        given().auth().oauth2(candidate()).when().get("/api/units/9999-999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:unit-not-found"));
        given().auth().oauth2(candidate()).when().get("/api/units/Z/000/0000/test-specification")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:unit-not-found"));
    }

    @Test
    void satisfiesTheTestSpecificationContract() {
        String body = given().auth().oauth2(TestTokens.service("test-engine-service"))
                .when().get("/api/units/2794-210/test-specification")
                .then().statusCode(200).extract().asString();
        Contracts.assertSatisfies("catalogue-service", "test-specification-2794-210", body);
    }

    @Test
    void portfolioUnitHasNoTestSpecification() {
        given().auth().oauth2(candidate()).when().get("/api/units/2794-201/test-specification")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:test-specification-not-found"));
    }

    @Test
    void anonymousCallersAreRefused() {
        given().when().get("/api/units/2794-210").then().statusCode(401).contentType("application/problem+json");
    }
}
