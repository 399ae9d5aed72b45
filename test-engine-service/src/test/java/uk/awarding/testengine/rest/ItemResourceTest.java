package uk.awarding.testengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.Candidates;

@QuarkusTest
class ItemResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;

    @Test
    void theDemoBankCameInThroughThePackageImportAndTheReviewWorkflow() {
        // Nothing ships with the service: DemoItemBank imported the package as staff and approved it by review.
        assertEquals(133, Candidates.count(dataSource, "select count(*) from item where unit = '2794-210' and status = 'LIVE' "
                + "and created_by = 'staff' and review_decision = 'APPROVED' and reviewed_by = 'staff' and reviewed_at is not null "
                + "and review_note = 'Demo item bank, approved for the tests.'"));
        given().auth().oauth2(TestTokens.staff()).queryParam("unit", "2794-210").queryParam("learningOutcome", "LO3")
                .queryParam("size", 200).get("/api/items").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(41)).body("items.learningOutcome", everyItem(equalTo("LO3")));
    }

    @Test
    void showsStaffAnItemWithItsKeyAndRationale() {
        given().auth().oauth2(TestTokens.staff()).get("/api/items/210-1-003").then().statusCode(200)
                .body("itemCode", equalTo("210-1-003")).body("version", equalTo(1)).body("key", equalTo("A"))
                .body("options", hasSize(4)).body("rationale", notNullValue()).body("assessmentCriterion", equalTo("AC1.1"));
    }

    @Test
    void filtersByAssessmentCriterionAndStatusAndPages() {
        given().auth().oauth2(TestTokens.staff()).queryParam("assessmentCriterion", "AC2.4").queryParam("status", "LIVE")
                .queryParam("size", 2).get("/api/items").then().statusCode(200)
                .body("items", hasSize(2)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("total", greaterThanOrEqualTo(5)).body("items.assessmentCriterion", everyItem(equalTo("AC2.4")));
    }

    @Test
    void createsAnItemWithTheNextCodeOfItsOutcome() {
        String code = create("DRAFT").then().statusCode(201)
                .header("Location", endsWith("/versions/1"))
                .body("version", equalTo(1)).body("status", equalTo("DRAFT")).body("createdBy", equalTo("staff"))
                .body("reviewDecision", nullValue()).body("reviewedBy", nullValue())
                .extract().path("itemCode");

        assertTrue(code.matches("210-2-[0-9]{3}") && Integer.parseInt(code.substring(6)) > 27, code);
    }

    @Test
    void noItemGoesLiveExceptByReview() {
        create("LIVE").then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:invalid-item"))
                .body("detail", containsString("only when a reviewer approves it"));
        String code = create("DRAFT").then().statusCode(201).extract().path("itemCode");
        staff().body(item("What does a customer charter publish to customers in a bank?", "LIVE"))
                .post("/api/items/{code}/versions", code).then().statusCode(422);
        staff().body(item("What does a customer charter publish to customers in a bank?", "RETIRED"))
                .post("/api/items/{code}/versions", code).then().statusCode(422)
                .body("detail", containsString("/retirement"));
    }

    @Test
    void anApprovalRecordsTheReviewerAndRetiresTheOlderLiveVersion() {
        String code = create("DRAFT").then().statusCode(201).extract().path("itemCode");
        review(code, 1, "APPROVE").then().statusCode(200).body("status", equalTo("LIVE"))
                .body("reviewDecision", equalTo("APPROVED")).body("reviewedBy", equalTo("staff"))
                .body("reviewNote", equalTo("Checked against the review checklist.")).body("reviewedAt", notNullValue());

        staff().body(item("What does a customer charter publish to customers in a bank?", null))
                .post("/api/items/{code}/versions", code).then().statusCode(201)
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}/versions", code).then()
                .body("status", equalTo(List.of("LIVE", "DRAFT")));

        review(code, 2, "APPROVE").then().statusCode(200);
        given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}/versions", code).then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("status", equalTo(List.of("RETIRED", "LIVE")))
                .body("[0].stem", equalTo("What does a customer charter publish to its customers?"));
    }

    @Test
    void aRejectionKeepsTheDraftOutOfDrawsForGoodAndOnlyTheLatestDraftIsReviewed() {
        String code = create("DRAFT").then().statusCode(201).extract().path("itemCode");
        review(code, 1, "REJECT").then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("reviewDecision", equalTo("REJECTED"));

        review(code, 1, "APPROVE").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:item-not-awaiting-review"))
                .body("detail", containsString("already rejected by staff"));

        staff().body(item("What does a customer charter publish to customers in a bank?", null))
                .post("/api/items/{code}/versions", code).then().statusCode(201);
        staff().body(item("What does a customer charter publish to customers in a shop?", null))
                .post("/api/items/{code}/versions", code).then().statusCode(201);
        review(code, 2, "APPROVE").then().statusCode(409).body("detail", containsString("version 3 supersedes it"));
        review(code, 9, "APPROVE").then().statusCode(404);
        staff().body(Map.of("decision", "MAYBE")).post("/api/items/{code}/versions/3/review", code).then().statusCode(400)
                .body("errors.field", equalTo(List.of("decision", "note")));
    }

    @Test
    void aRevisionKeepsTheLearningOutcome() {
        String code = create("DRAFT").then().statusCode(201).extract().path("itemCode");
        Map<String, Object> moved = new HashMap<>(item("What does a PESTLE analysis look at in the market?", "DRAFT"));
        moved.put("learningOutcome", "LO1");
        moved.put("assessmentCriterion", "AC1.1");

        staff().body(moved).post("/api/items/{code}/versions", code).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:invalid-item"));
    }

    @Test
    void retiringAnItemTakesEveryVersionOutOfDraws() {
        String code = create("DRAFT").then().statusCode(201).extract().path("itemCode");
        review(code, 1, "APPROVE").then().statusCode(200);

        staff().post("/api/items/{code}/retirement", code).then().statusCode(200).body("status", equalTo("RETIRED"));

        given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}/versions", code).then()
                .body("status", everyItem(equalTo("RETIRED")));
    }

    @Test
    void refusesAnItemThatBreaksTheBankRules() {
        Map<String, Object> body = new HashMap<>(item("What does a customer charter publish to its customers?", "DRAFT"));
        body.put("assessmentCriterion", "AC3.1");
        staff().body(body).post("/api/items").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:invalid-item"));

        body = new HashMap<>(item("What does a customer charter publish to its customers?", "DRAFT"));
        body.put("options", List.of("Same", "same", "Other", "Fourth"));
        staff().body(body).post("/api/items").then().statusCode(422).body("detail", equalTo("option texts must be distinct"));
    }

    @Test
    void badItemRequestsGetValidationProblems() {
        staff().body(Map.of("unit", "2794-210")).post("/api/items").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:validation-failed")).body("errors.field", hasItem("stem"));
        given().auth().oauth2(TestTokens.staff()).queryParam("status", "GONE").get("/api/items").then().statusCode(400)
                .contentType(PROBLEM);
        given().auth().oauth2(TestTokens.staff()).get("/api/items/999-9-999").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:item-not-found"));
    }

    @Test
    void onlyAwardingStaffReachTheItemBank() {
        given().get("/api/items").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.candidate("9276308686")).get("/api/items/210-1-001").then().statusCode(403)
                .contentType(PROBLEM);
        given().auth().oauth2(TestTokens.service("certification-service")).get("/api/items").then().statusCode(403);
        given().auth().oauth2(TestTokens.centre("CEN001")).get("/api/items/statistics?unit=2794-210").then().statusCode(403);
    }

    @Test
    void qtiExportImportsBackAsTheSameItem() {
        String code = create("DRAFT").then().statusCode(201).extract().path("itemCode");
        String xml = given().auth().oauth2(TestTokens.staff()).accept(ContentType.XML)
                .get("/api/items/{code}/versions/1/qti", code).then().statusCode(200)
                .contentType(startsWith("application/xml")).extract().asString();
        assertTrue(xml.contains("qti-choice-interaction"), xml);

        // The same content again changes nothing ...
        given().auth().oauth2(TestTokens.staff()).contentType("application/xml").body(xml).post("/api/items/qti")
                .then().statusCode(200).body("itemCode", equalTo(code)).body("version", equalTo(1));
        // ... an edited stem becomes a new DRAFT version with everything else carried over.
        JsonPath revised = given().auth().oauth2(TestTokens.staff()).contentType("application/xml")
                .body(xml.replace("What does a customer charter publish", "What does a service charter publish"))
                .post("/api/items/qti").then().statusCode(201).extract().jsonPath();
        JsonPath original = given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}/versions/1", code).jsonPath();
        assertEquals(2, revised.getInt("version"));
        assertEquals("DRAFT", revised.getString("status"));
        assertEquals(original.getList("options"), revised.getList("options"));
        assertEquals(original.getString("key"), revised.getString("key"));
        assertEquals(original.getString("rationale"), revised.getString("rationale"));
        assertEquals(original.getString("assessmentCriterion"), revised.getString("assessmentCriterion"));
    }

    @Test
    void aSingleQtiDocumentCannotCreateAnItemForItHasNoCurriculumTags() {
        String code = create("DRAFT").then().statusCode(201).extract().path("itemCode");
        String xml = given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}/versions/1/qti", code).asString();
        String newCode = "210-2-9" + code.substring(7);

        given().auth().oauth2(TestTokens.staff()).contentType("application/xml")
                .body(xml.replace("item-" + code, "item-" + newCode)).post("/api/items/qti")
                .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:unsupported-qti"))
                .body("errors[0].message", containsString("import it in a content package"));
        given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}", newCode).then().statusCode(404);
    }

    @Test
    void qtiTheBankCannotHoldIsRefusedWithEveryReasonNotDroppedSilently() {
        String code = create("DRAFT").then().statusCode(201).extract().path("itemCode");
        String xml = given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}/versions/1/qti", code).asString()
                .replace("max-choices=\"1\"", "max-choices=\"2\"")
                .replace("</qti-choice-interaction>",
                        "<qti-simple-choice identifier=\"E\">A fifth option</qti-simple-choice></qti-choice-interaction>");

        given().auth().oauth2(TestTokens.staff()).contentType("application/xml").body(xml).post("/api/items/qti")
                .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:unsupported-qti"))
                .body("errors", hasSize(2))
                .body("errors.message", hasItem(startsWith("a multiple-response interaction")))
                .body("errors.message", hasItem(startsWith("5 choices")));
        given().auth().oauth2(TestTokens.staff()).get("/api/items/{code}/versions", code).then().body("", hasSize(1));
    }

    @Test
    void refusesBrokenQti() {
        given().auth().oauth2(TestTokens.staff()).contentType("application/xml").body("<qti-assessment-item/>")
                .post("/api/items/qti").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:invalid-qti"));
    }

    @Test
    void reportsItemStatisticsOverCompletedSittings() {
        String uln = Candidates.newUln();
        String id = Candidates.startedSitting(uln);
        Candidates.answer(dataSource, uln, id, 20);
        given().auth().oauth2(TestTokens.candidate(uln)).post("/api/sittings/{id}/submission", id).then().statusCode(200);
        String firstCode = itemCodeAt(id, 1);

        JsonPath stats = given().auth().oauth2(TestTokens.staff()).queryParam("unit", "2794-210")
                .get("/api/items/statistics").then().statusCode(200).extract().jsonPath();

        Map<String, Object> first = stats.getMap("items.find { it.itemCode == '" + firstCode + "' }");
        assertTrue((Integer) first.get("administrations") >= 1);
        assertTrue(((Number) first.get("facility")).doubleValue() > 0, "answered correctly at least once");
        assertTrue(first.get("optionCounts") instanceof Map);
        given().auth().oauth2(TestTokens.staff()).get("/api/items/statistics").then().statusCode(400).contentType(PROBLEM);
    }

    private String itemCodeAt(String sittingId, int position) {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "select i.item_code from sitting_question q join item i on i.id = q.item_id where q.sitting_id = ? and q.position = ?")) {
            statement.setString(1, sittingId);
            statement.setInt(2, position);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response create(String status) {
        return staff().body(item("What does a customer charter publish to its customers?", status)).post("/api/items");
    }

    private static Response review(String code, int version, String decision) {
        return staff().body(Map.of("decision", decision, "note", "Checked against the review checklist."))
                .post("/api/items/{code}/versions/{version}/review", code, version);
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON);
    }

    private static Map<String, Object> item(String stem, String status) {
        Map<String, Object> item = new HashMap<>(Map.of("unit", "2794-210", "learningOutcome", "LO2", "assessmentCriterion", "AC2.1", "stem", stem,
                "options", List.of("The standards of service customers can expect", "The prices of every product it sells",
                        "The pay scales of its customer service staff", "The names of its main suppliers"),
                "key", "A", "rationale", "A charter sets out the service standards customers can expect; it is not a price list."));
        if (status != null) {
            item.put("status", status);
        }
        return item;
    }
}
