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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

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
    /** Units of the statistics tests, each with item codes of its own (417-2-001 for 9999-417). */
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger(300);

    @Inject
    DataSource dataSource;

    @Test
    void theDemoBankCameInThroughThePackageImportAndTheReviewWorkflow() {
        // Nothing ships with the service: DemoItemBank imported the package as staff and approved it by review.
        assertEquals(144, Candidates.count(dataSource, "select count(*) from item where unit = '2794-210' and status = 'LIVE' "
                + "and created_by = 'staff' and review_decision = 'APPROVED' and reviewed_by = 'staff' and reviewed_at is not null "
                + "and review_note = 'Demo item bank, approved for the tests.'"));
        given().auth().oauth2(TestTokens.staff()).queryParam("unit", "2794-210").queryParam("learningOutcome", "LO3")
                .queryParam("size", 200).get("/api/items").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(43)).body("items.learningOutcome", everyItem(equalTo("LO3")));
    }

    @Test
    void showsStaffAnItemWithItsKeyAndRationale() {
        given().auth().oauth2(TestTokens.staff()).get("/api/items/210-1-003").then().statusCode(200)
                .body("itemCode", equalTo("210-1-003")).body("version", equalTo(1)).body("key", equalTo("B"))
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
        assertEquals(List.of("A", "B", "C", "D", "omitted"), ((List<?>) first.get("options")).stream()
                .map(option -> ((Map<?, ?>) option).get("option")).toList());
        // Far fewer sittings than the default minimum of 100: reported, not yet flagged.
        assertEquals(false, first.get("sufficient"));
        assertEquals(100, first.get("minResponses"));
        assertEquals(List.of(), first.get("flags"));
        given().auth().oauth2(TestTokens.staff()).get("/api/items/statistics").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void flagsAnItemOnlyFromTheDefaultMinimumOfOneHundredSittings() {
        StatisticsUnit unit = statisticsUnit();
        complete(unit, 0, 99);

        Map<String, Object> before = statistics(unit.name()).getMap("items[0]");
        assertEquals(unit.codes().get(0), before.get("itemCode"));
        assertEquals(99, before.get("administrations"));
        assertEquals(100, before.get("minResponses"));
        assertEquals(false, before.get("sufficient"));
        assertEquals(List.of(), before.get("flags"), "too few sittings to act on");
        assertEquals(9.0 / 99, ((Number) before.get("facility")).doubleValue(), 1e-6, "reported all the same");

        complete(unit, 99, 100);

        Map<String, Object> after = statistics(unit.name()).getMap("items[0]");
        assertEquals(100, after.get("administrations"));
        assertEquals(true, after.get("sufficient"));
        assertEquals(List.of("too-hard", "low-discrimination", "distractor-attracts-high-scorers"), after.get("flags"));
    }

    @Test
    void reportsTheKeyAndTheChoiceRateOfEveryOption() {
        StatisticsUnit unit = statisticsUnit();
        complete(unit, 0, 100);

        JsonPath x = statistics(unit.name()).setRoot("items[0]");

        assertEquals("A", x.getString("key"));
        assertEquals(List.of("A", "B", "C", "D", "omitted"), x.getList("options.option"));
        assertEquals(List.of(10, 40, 30, 15, 5), x.getList("options.count"));
        List<Double> rates = x.getList("options.rate", Double.class);
        List<Double> expected = List.of(0.1, 0.4, 0.3, 0.15, 0.05);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), rates.get(i), 1e-6, x.getList("options.option").get(i).toString());
        }
        // The 30 strongest candidates chose C, the 10 weakest the key: C's choosers have the highest rest score.
        assertEquals(2.0, x.getDouble("options[2].meanRestScore"), 1e-6);
        assertEquals(0.0, x.getDouble("options[0].meanRestScore"), 1e-6);
        assertTrue(x.getDouble("options[2].pointBiserial") > 0);
        assertTrue(x.getDouble("options[0].pointBiserial") < 0);
        assertEquals(x.getDouble("discrimination"), x.getDouble("options[0].pointBiserial"), 1e-6);
    }

    @Test
    void pagesStatisticsByItemCodeAndFiltersFlaggedItems() {
        StatisticsUnit unit = statisticsUnit();
        complete(unit, 0, 100);

        given().auth().oauth2(TestTokens.staff()).queryParam("unit", unit.name()).queryParam("size", 1)
                .queryParam("page", 1).get("/api/items/statistics").then().statusCode(200)
                .body("items.itemCode", equalTo(List.of(unit.codes().get(1)))).body("page", equalTo(1))
                .body("size", equalTo(1)).body("total", equalTo(3));
        given().auth().oauth2(TestTokens.staff()).queryParam("unit", unit.name()).queryParam("page", 1)
                .get("/api/items/statistics").then().statusCode(200)
                .body("items", hasSize(0)).body("size", equalTo(50)).body("total", equalTo(3));
        given().auth().oauth2(TestTokens.staff()).queryParam("unit", unit.name()).queryParam("flagged", true)
                .get("/api/items/statistics").then().statusCode(200)
                .body("items.itemCode", equalTo(List.of(unit.codes().get(0)))).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.staff()).queryParam("unit", unit.name()).queryParam("flagged", false)
                .get("/api/items/statistics").then().statusCode(200)
                .body("items.itemCode", equalTo(unit.codes().subList(1, 3))).body("total", equalTo(2));
    }

    @Test
    void refusesStatisticsPagesOutOfBounds() {
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of("size", 0), Map.of("size", 201),
                Map.of("page", -1), Map.of("flagged", "yes"))) {
            given().auth().oauth2(TestTokens.staff()).queryParam("unit", "2794-210").queryParams(query)
                    .get("/api/items/statistics").then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("urn:awarding:problem:validation-failed"));
        }
    }

    @Test
    void documentsTheStatisticsWithASchemaAndAnExample() {
        JsonPath operation = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().setRoot("paths.'/api/items/statistics'.get");

        assertTrue(operation.getString("summary").startsWith("Item statistics"));
        Map<String, Object> ok = operation.getMap("responses.'200'.content.'application/json'");
        assertTrue(ok.containsKey("schema"), ok.keySet().toString());
        assertTrue(ok.containsKey("examples"), ok.keySet().toString());
        assertEquals(PROBLEM, operation.getMap("responses.'400'.content").keySet().iterator().next());
        assertEquals(Set.of("unit", "flagged", "page", "size"), Set.copyOf(operation.getList("parameters.name")));
    }

    private String itemCodeAt(String sittingId, int position) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
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

    private static JsonPath statistics(String unit) {
        return given().auth().oauth2(TestTokens.staff()).queryParam("unit", unit).get("/api/items/statistics").then()
                .statusCode(200).extract().jsonPath();
    }

    /**
     * A unit of its own (no other test's sittings reach it) with three items keyed A, by code: X, which the 10
     * weakest of 100 candidates get right while the 30 strongest choose C (too hard, negative discrimination, a
     * distractor above the key: a likely miskey), and Y and Z, sound items.
     */
    private StatisticsUnit statisticsUnit() {
        String unit = "9999-" + NEXT_UNIT.getAndIncrement();
        List<String> codes = new ArrayList<>();
        for (String stem : List.of("Which standard does a customer charter set out?",
                "What should a service adviser do first with a complaint?", "Why does a bank survey its customers?")) {
            codes.add(staff().body(item(unit, stem, "DRAFT")).post("/api/items").then().statusCode(201).extract()
                    .path("itemCode"));
        }
        List<Long> ids = codes.stream()
                .map(code -> Candidates.count(dataSource, "select max(id) from item where item_code = ?", code)).toList();
        return new StatisticsUnit(unit, codes, ids);
    }

    private record StatisticsUnit(String name, List<String> codes, List<Long> ids) {
    }

    /** Writes the submitted sittings of candidates {@code from} to {@code to} (exclusive), strongest first. */
    private void complete(StatisticsUnit unit, int from, int to) {
        String sittingSql = "insert into sitting (id, uln, registration_id, unit, status, started_at, deadline, "
                + "duration_minutes, extra_time_percent, pass_mark, last_sequence, completed_at, score, passed) "
                + "values (?, ?, ?, ?, 'SUBMITTED', ?, ?, 60, 0, 2, 3, ?, ?, ?)";
        String questionSql = "insert into sitting_question (sitting_id, position, item_id, option_order, "
                + "selected_option, flagged, sequence) values (?, ?, ?, 'ABCD', ?, false, ?)";
        Timestamp now = Timestamp.from(Instant.now());
        try (var connection = dataSource.getConnection();
                var sitting = connection.prepareStatement(sittingSql);
                var question = connection.prepareStatement(questionSql)) {
            for (int candidate = from; candidate < to; candidate++) {
                List<String> answers = Arrays.asList(x(candidate), y(candidate), z(candidate));
                int score = (int) answers.stream().filter("A"::equals).count();
                String id = UUID.randomUUID().toString();
                sitting.setString(1, id);
                sitting.setString(2, Candidates.newUln());
                sitting.setString(3, UUID.randomUUID().toString());
                sitting.setString(4, unit.name());
                sitting.setTimestamp(5, now);
                sitting.setTimestamp(6, now);
                sitting.setTimestamp(7, now);
                sitting.setInt(8, score);
                sitting.setBoolean(9, score >= 2);
                sitting.addBatch();
                for (int position = 1; position <= answers.size(); position++) {
                    question.setString(1, id);
                    question.setInt(2, position);
                    question.setLong(3, unit.ids().get(position - 1));
                    question.setString(4, answers.get(position - 1));
                    question.setInt(5, position);
                    question.addBatch();
                }
            }
            sitting.executeBatch();
            question.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Candidate {@code candidate}'s answer to X (null: omitted); Y and Z below. */
    private static String x(int candidate) {
        return candidate < 30 ? "C" : candidate < 70 ? "B" : candidate < 85 ? "D" : candidate < 90 ? null : "A";
    }

    private static String y(int candidate) {
        return candidate < 60 ? "A" : candidate < 70 ? "D" : candidate < 85 ? "B" : "C";
    }

    private static String z(int candidate) {
        return candidate < 50 ? "A" : "B";
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
        return item("2794-210", stem, status);
    }

    private static Map<String, Object> item(String unit, String stem, String status) {
        Map<String, Object> item = new HashMap<>(Map.of("unit", unit, "learningOutcome", "LO2", "assessmentCriterion", "AC2.1",
                "stem", stem,
                "options", List.of("The standards of service customers can expect", "The prices of every product it sells",
                        "The pay scales of its customer service staff", "The names of its main suppliers"),
                "key", "A", "rationale",
                "A charter sets out the service standards customers can expect; it is not a price list."));
        if (status != null) {
            item.put("status", status);
        }
        return item;
    }
}
