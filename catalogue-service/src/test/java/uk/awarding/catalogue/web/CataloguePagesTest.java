package uk.awarding.catalogue.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The public browse pages: no login, plain HTML with labels and landmarks, everything escaped. */
@QuarkusTest
class CataloguePagesTest {

    @Test
    void homeLeadsToTheSearch() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", endsWith("/qualifications"));
    }

    @Test
    void listsEveryQualificationWithoutLogin() {
        given().when().get("/qualifications")
                .then().statusCode(200).contentType("text/html")
                .body(allOf(containsString("<main id=\"content\">"), containsString("<label for=\"q\">"),
                        containsString("<label for=\"level\">"), containsString("<label for=\"awardingOrganisation\">"),
                        containsString("5 qualifications"),
                        containsString("City &amp; Guilds Level 2 Diploma for Customer Service Practitioners"),
                        containsString("EDI Level 2 NVQ Certificate in Customer Service")));
    }

    @Test
    void filtersByLevelAndAwardingOrganisation() {
        given().queryParam("level", "3").when().get("/qualifications")
                .then().statusCode(200)
                .body(allOf(containsString("1 qualification<"), containsString("ProQual Level 3 Diploma"),
                        not(containsString("City &amp; Guilds Level 2"))));
        given().queryParam("awardingOrganisation", "City & Guilds").when().get("/qualifications")
                .then().statusCode(200)
                .body(allOf(containsString("1 qualification<"),
                        containsString("<option value=\"City &amp; Guilds\" selected>")));
    }

    @Test
    void escapesWhatTheUserTyped() {
        given().queryParam("q", "<script>alert(1)</script>").when().get("/qualifications")
                .then().statusCode(200)
                .body(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>"))));
    }

    @Test
    void showsTheRulesOfCombinationPlainly() {
        given().when().get("/qualifications/edi-l2-nvq-cert-customer-service")
                .then().statusCode(200)
                .body(allOf(containsString("<h2 id=\"rules\">Rules of combination</h2>"),
                        containsString("At least 28 credits in total."),
                        containsString("At least one unit from each optional group."),
                        containsString("At least 11 credits at level 2 from groups B, C, D, E."),
                        containsString("CU791"), containsString("192 to 228")));
        given().when().get("/qualifications/cg-2794-02")
                .then().statusCode(200)
                .body(allOf(containsString("At least 1 unit."), containsString("ONLINE_MCQ_TEST"),
                        containsString("<a href=\"/units/2794-210\">Customer service principles</a>")));
    }

    @Test
    void showsAUnitWithOutcomesCriteriaAndRange() {
        given().when().get("/units/2794-210")
                .then().statusCode(200)
                .body(allOf(containsString("<h1>Customer service principles</h1>"),
                        containsString("LO1 Understand the impact of external factors to the organisation"),
                        containsString("state what is meant by a PESTLE analysis"),
                        containsString("<a href=\"/qualifications/cg-2794-02\">cg-2794-02</a>")));
        given().when().get("/units/L/506/2150").then().statusCode(200)
                .body(containsString("Organise and deliver customer service"));
    }
}
