package uk.awarding.testengine.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.testengine.Candidates.newUln;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.Candidates;

/**
 * The staff console over HTTP with real signed tokens (the page tenant also takes a bearer token), forms only: it
 * works with JavaScript off. Every change goes through the API's services, so the rules are checked once there; here,
 * that the pages show, filter and change what they say they do, with the CSRF token, and only for awarding staff.
 */
@QuarkusTest
class StaffPagesTest {

    private static final String STAFF = TestTokens.staff();
    private static final String REASON = "25% extra time approved today (access arrangement AA-2026-0412)";

    @Inject
    Csrf csrfTokens;

    @Inject
    DataSource dataSource;

    @Test
    void staffBrowseTheBankByStatusAndLearningOutcome() {
        String live = page(STAFF, "/staff/items?unit=2794-210&learningOutcome=LO3&status=LIVE").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(live.contains("<label for=\"status\">Status</label>"), live);
        assertTrue(live.contains("<option value=\"LIVE\" selected>Live</option>"), live);
        List<String> rows = rows(live);
        assertFalse(rows.isEmpty(), live);
        assertTrue(rows.stream().allMatch(r -> r.contains("data-status=\"LIVE\"") && r.contains(", LO3, ")), live);

        String bad = page(STAFF, "/staff/items?status=SHINY&learningOutcome=three").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(bad.contains("status: must be DRAFT, LIVE or RETIRED"), bad);
        assertTrue(bad.contains("learningOutcome: must look like LO3"), bad);
    }

    @Test
    void staffReviewADraftOnItsPageAndTheReviewAuditShowsIt() {
        String code = createDraft("Which document sets out the service standards a customer can expect?");
        String draft = page(STAFF, "/staff/items/" + code + "/versions/1").then().statusCode(200).extract().asString();
        assertTrue(draft.contains("id=\"status\" data-status=\"DRAFT\""), draft);
        assertTrue(draft.contains("(key: the correct answer)"), draft);
        assertTrue(draft.contains("id=\"rationale\""), draft);
        assertTrue(draft.contains("<label for=\"note\">"), draft);
        page(STAFF, "/staff/items/" + code).then().statusCode(303)
                .header("Location", equalTo(code + "/versions/1"));

        String incomplete = post(STAFF, "/staff/items/" + code + "/versions/1/review", "note", " ").then()
                .statusCode(400).extract().asString();
        assertTrue(incomplete.contains("decision: choose approve or reject"), incomplete);
        assertTrue(incomplete.contains("note: must not be blank"), incomplete);

        post(STAFF, "/staff/items/" + code + "/versions/1/review", "decision", "APPROVE", "note",
                "Key and rationale checked against AC2.1.").then().statusCode(303)
                .header("Location", equalTo("../1?done=approved"));
        String approved = page(STAFF, "/staff/items/" + code + "/versions/1?done=approved").then().statusCode(200)
                .extract().asString();
        assertTrue(approved.contains("id=\"status\" data-status=\"LIVE\""), approved);
        assertTrue(approved.contains("Approved by staff"), approved);
        assertTrue(approved.contains("id=\"no-review\""), approved);
        given().auth().oauth2(STAFF).get("/api/items/" + code).then().body("status", equalTo("LIVE"))
                .body("reviewedBy", equalTo("staff"));

        String audit = page(STAFF, "/staff/reviews?decision=APPROVED&reviewer=staff&unit=2794-210").then()
                .statusCode(200).extract().asString();
        assertTrue(audit.contains("items/" + code + "/versions/1"), audit);
        assertTrue(audit.contains("Key and rationale checked against AC2.1."), audit);
        String rejected = page(STAFF, "/staff/reviews?decision=REJECTED&reviewer=staff").then().statusCode(200)
                .extract().asString();
        assertFalse(rejected.contains("items/" + code + "/versions/1"), rejected);

        post(STAFF, "/staff/items/" + code + "/retirement").then().statusCode(303)
                .header("Location", equalTo("versions/1?done=retired"));
        given().auth().oauth2(STAFF).get("/api/items/" + code).then().body("status", equalTo("RETIRED"));
    }

    @Test
    void aFormWithoutTheSessionsTokenChangesNothing() {
        String code = createDraft("What should a service charter tell customers about complaints?");
        given().auth().oauth2(STAFF).redirects().follow(false).formParam("csrf", "forged")
                .formParam("decision", "APPROVE").formParam("note", "Looks right.")
                .post("/staff/items/" + code + "/versions/1/review").then().statusCode(403);
        given().auth().oauth2(STAFF).get("/api/items/" + code).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void statisticsAreChartsWithTheirFiguresInWordsAndTables() {
        String uln = newUln();
        String sitting = Candidates.startedSitting(uln);
        Candidates.answer(dataSource, uln, sitting, 20);
        given().auth().oauth2(TestTokens.candidate(uln)).post("/api/sittings/{id}/submission", sitting).then()
                .statusCode(200);

        String html = page(STAFF, "/staff/statistics?unit=2794-210").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<table id=\"overview\">"), html);
        assertTrue(html.contains("role=\"img\" aria-labelledby=\"item-"), html);
        Matcher facility = Pattern.compile("id=\"(item-[0-9-]+-v[0-9]+)-facility\">Facility: ([0-9]+)% answered correctly")
                .matcher(html);
        assertTrue(facility.find(), html);
        assertTrue(html.contains("<caption>Options of "), html);
        assertTrue(html.contains("(key)</th>"), html);
        assertTrue(html.contains("Too few answers to flag"), html);
        assertTrue(html.contains("Discrimination: "), html);

        page(STAFF, "/staff/statistics?unit=2794-210&flagged=maybe").then().statusCode(400)
                .body(containsString("flagged: must be true or false"));
        page(STAFF, "/staff/statistics").then().statusCode(200).body(containsString("id=\"choose-unit\""));
    }

    @Test
    void staffExtendARunningSittingOnTheConsoleAndTheAuditShowsWhyAndWho() {
        String uln = newUln();
        String sitting = Candidates.startedSitting(uln);
        Instant before = deadline(uln, sitting);

        String found = page(STAFF, "/staff/sittings?uln=" + uln).then().statusCode(200).extract().asString();
        assertTrue(found.contains("id=\"sitting-" + sitting + "\""), found);
        assertTrue(found.contains("<label for=\"minutes-1\">"), found);

        String bad = post(STAFF, "/staff/sittings/" + sitting + "/time-extensions", "minutes", "two hundred",
                "reason", "").then().statusCode(400).extract().asString();
        assertTrue(bad.contains("minutes: must be a whole number of minutes from 1 to 120"), bad);
        assertTrue(bad.contains("reason: must not be blank"), bad);
        assertEquals(before, deadline(uln, sitting));

        post(STAFF, "/staff/sittings/" + sitting + "/time-extensions", "minutes", "15", "reason", REASON).then()
                .statusCode(303).header("Location", equalTo("../../sittings?uln=" + uln + "&done=time-extended"));
        assertEquals(before.plus(Duration.ofMinutes(15)), deadline(uln, sitting));
        page(STAFF, "/staff/sittings?uln=" + uln + "&done=time-extended").then().statusCode(200)
                .body(containsString("Time extended."));

        String audit = page(STAFF, "/staff/audit?action=TIME_EXTENDED&actor=staff").then().statusCode(200).extract()
                .asString();
        assertTrue(audit.contains("Sitting " + sitting + ". Reason: " + REASON), audit);
        assertTrue(audit.contains("Time extended by awarding staff"), audit);
        String other = page(STAFF, "/staff/audit?action=PAUSED&actor=staff").then().statusCode(200).extract()
                .asString();
        assertFalse(other.contains(sitting), other);
        page(STAFF, "/staff/audit?from=yesterday&action=SHOUTED").then().statusCode(400)
                .body(containsString("from: must be a date like 2026-12-07"))
                .body(containsString("action: must be one of the actions listed"));

        post(STAFF, "/staff/sittings/no-such-sitting/time-extensions", "minutes", "5", "reason", REASON).then()
                .statusCode(404).contentType(containsString("text/html")).body(containsString("No such sitting"));
    }

    @Test
    void onlyAwardingStaffReachTheConsole() {
        String uln = newUln();
        String sitting = Candidates.startedSitting(uln);
        for (String token : List.of(TestTokens.centre("CEN001"), TestTokens.candidate(uln),
                TestTokens.token("invigilator", Set.of("invigilator"), Map.of("centre_number", "CEN001")))) {
            for (String path : List.of("/staff", "/staff/items", "/staff/items/210-1-001/versions/1",
                    "/staff/statistics?unit=2794-210", "/staff/audit", "/staff/reviews", "/staff/sittings?uln=" + uln)) {
                page(token, path).then().statusCode(403);
            }
            post(token, "/staff/sittings/" + sitting + "/time-extensions", "minutes", "5", "reason", REASON).then()
                    .statusCode(403);
            post(token, "/staff/items/210-1-001/retirement").then().statusCode(403);
            post(token, "/staff/items/210-1-001/versions/1/review", "decision", "REJECT", "note", "No").then()
                    .statusCode(403);
        }
        given().redirects().follow(false).get("/staff").then().statusCode(302);
        page(STAFF, "/staff").then().statusCode(200).body(containsString("<h1>Staff console</h1>"))
                .body(containsString("staff/items?unit=2794-210")).body(not(containsString("Invigilator console")));
    }

    private static List<String> rows(String html) {
        Matcher rows = Pattern.compile("<tr id=\"row-[^>]*>.*?</tr>", Pattern.DOTALL).matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (rows.find()) {
            found.add(rows.group());
        }
        return found;
    }

    private static String createDraft(String stem) {
        Map<String, Object> item = new HashMap<>(Map.of("unit", "2794-210", "learningOutcome", "LO2",
                "assessmentCriterion", "AC2.1", "stem", stem,
                "options", List.of("The standards of service customers can expect", "The prices of every product it sells",
                        "The pay scales of its customer service staff", "The names of its main suppliers"),
                "key", "A", "rationale",
                "A charter sets out the service standards customers can expect; it is not a price list."));
        return given().auth().oauth2(STAFF).contentType(ContentType.JSON).body(item).post("/api/items").then()
                .statusCode(201).extract().path("itemCode");
    }

    private static Instant deadline(String uln, String sitting) {
        return Instant.parse(given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/{id}", sitting).then()
                .statusCode(200).extract().path("deadline"));
    }

    /** The form token of the session the token belongs to (tokens from the test server carry no sid). */
    private String csrf(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return csrfTokens.tokenForSession("sub:" + JsonPath.from(claims).getString("sub"));
    }

    private static Response page(String token, String path) {
        return given().auth().oauth2(token).redirects().follow(false).get(path);
    }

    private Response post(String token, String path, String... fields) {
        var request = given().auth().oauth2(token).redirects().follow(false).formParam("csrf", csrf(token));
        for (int i = 0; i < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path);
    }
}
