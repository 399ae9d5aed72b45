package uk.awarding.catalogue.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.contract.Contracts;

@QuarkusTest
class QualificationResourceTest {

    private static final String CENTRE = TestTokens.centre("CEN001");

    @Test
    void satisfiesTheQualificationContract() {
        String body = given().auth().oauth2(TestTokens.service("registration-service"))
                .when().get("/api/qualifications/cg-2794-02")
                .then().statusCode(200).contentType("application/json")
                .extract().asString();
        Contracts.assertSatisfies("catalogue-service", "qualification-cg-2794-02", body);
    }

    @Test
    void showsTheRulesOfCombinationWithUnitSummaries() {
        given().auth().oauth2(CENTRE)
                .when().get("/api/qualifications/cg-2794-02")
                .then().statusCode(200)
                .body("glh.min", equalTo(201))
                .body("tqt", equalTo(380))
                .body("rulesOfCombination.groups[0].units.unitId",
                        contains("2794-201", "2794-202", "2794-203", "2794-204", "2794-205", "2794-206"))
                .body("rulesOfCombination.groups[0].units[0].glh", equalTo(30))
                .body("rulesOfCombination.groups[1].units.find { it.unitId == '2794-210' }.knowledgeOnly", equalTo(true))
                .body("rulesOfCombination.groups[1].units", hasSize(7))
                .body("dataWarnings", empty())
                .body("version", equalTo(0));
    }

    @Test
    void everyRoleMayRead() {
        for (String token : List.of(TestTokens.candidate("9276308686"), CENTRE, TestTokens.staff(),
                TestTokens.service("certification-service"))) {
            given().auth().oauth2(token).when().get("/api/qualifications/cg-2794-02").then().statusCode(200);
        }
    }

    @Test
    void refusesAnonymousReaders() {
        given().when().get("/api/qualifications")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:unauthenticated"));
    }

    @Test
    void refusesTamperedExpiredAndForeignTokens() {
        for (String token : List.of(TestTokens.tampered(CENTRE), TestTokens.expired("x", Set.of("centre")),
                TestTokens.forAudience("other-api", "x", Set.of("centre")))) {
            given().auth().oauth2(token).when().get("/api/qualifications").then().statusCode(401);
        }
    }

    @Test
    void refusesATokenWithoutARole() {
        given().auth().oauth2(TestTokens.token("nobody", Set.of(), java.util.Map.of()))
                .when().get("/api/qualifications")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:forbidden"));
    }

    @Test
    void unknownQualificationIsAProblem() {
        given().auth().oauth2(CENTRE).when().get("/api/qualifications/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:qualification-not-found"))
                .body("detail", containsString("no-such-thing"));
    }

    @Test
    void listsAllFiveQualifications() {
        given().auth().oauth2(CENTRE).when().get("/api/qualifications")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items", hasSize(5));
    }

    @Test
    void pagesInAStableOrder() {
        List<String> all = given().auth().oauth2(CENTRE).when().get("/api/qualifications")
                .then().extract().jsonPath().getList("items.id");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(given().auth().oauth2(CENTRE).queryParam("page", page).queryParam("size", 2)
                    .when().get("/api/qualifications")
                    .then().statusCode(200).body("total", equalTo(5))
                    .extract().jsonPath().getList("items.id"));
        }
        assertEquals(all, paged);
        List<String> organisations = given().auth().oauth2(CENTRE).when().get("/api/qualifications")
                .then().extract().jsonPath().getList("items.awardingOrganisation");
        assertEquals(organisations.stream().sorted().toList(), organisations);
    }

    @Test
    void filtersByLevel() {
        given().auth().oauth2(CENTRE).queryParam("level", 3).when().get("/api/qualifications")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].qualificationNumber", equalTo("601/3577/3"));
    }

    @Test
    void filtersByAwardingOrganisation() {
        given().auth().oauth2(CENTRE).queryParam("awardingOrganisation", "City & Guilds").when().get("/api/qualifications")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo("cg-2794-02"));
    }

    @Test
    void searchesTitlesAndNumbers() {
        given().auth().oauth2(CENTRE).queryParam("q", "customer service practitioners").when().get("/api/qualifications")
                .then().statusCode(200)
                .body("items.qualificationNumber", contains("603/2394/2", "603/5681/9"));
        given().auth().oauth2(CENTRE).queryParam("q", "5681").when().get("/api/qualifications")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(CENTRE).queryParam("q", "%").when().get("/api/qualifications")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void filtersByStatus() {
        given().auth().oauth2(CENTRE).queryParam("status", "OPEN").when().get("/api/qualifications")
                .then().statusCode(200)
                .body("items.status", everyItem(equalTo("OPEN")))
                .body("items.id", org.hamcrest.Matchers.hasItem("cg-2794-02"));
    }

    @Test
    void rejectsBadPagingAsValidationProblem() {
        given().auth().oauth2(CENTRE).queryParam("size", 0).when().get("/api/qualifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(CENTRE).queryParam("level", "two").when().get("/api/qualifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("level"));
    }

    @Test
    void qualificationWithoutNumberHasNullNumberAndNoWarning() {
        given().auth().oauth2(CENTRE).queryParam("q", "SFJ").when().get("/api/qualifications")
                .then().statusCode(200)
                .body("items[0].qualificationNumber", nullValue());
    }
}
