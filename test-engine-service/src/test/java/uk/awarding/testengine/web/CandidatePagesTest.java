package uk.awarding.testengine.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.testengine.Candidates.activeRegistration;
import static uk.awarding.testengine.Candidates.newUln;
import static uk.awarding.testengine.Candidates.storedForm;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.Candidates.StoredQuestion;
import uk.awarding.testengine.TestClock;

/**
 * The candidate pages over HTTP with a real signed candidate token. The page tenant is "hybrid": a bearer token is
 * accepted there as well as the code-flow session, so these tests exercise the very page methods a browser does,
 * with the same role and {@code uln} checks; the code flow itself is covered by {@link CandidatePagesBrowserTest}.
 */
@QuarkusTest
class CandidatePagesTest {

    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void apiStillAnswersProblemsWithoutTokenInsteadOfRedirecting() {
        given().redirects().follow(false).when().get("/api/sittings/any").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void pagesSendAVisitorWithoutSessionToTheLoginWithPkceAndThePublicRedirectUri() {
        given().redirects().follow(false)
                .header("X-Forwarded-Proto", "http").header("X-Forwarded-Host", "localhost:8080")
                .header("X-Forwarded-Prefix", "/test-engine")
                .when().get("/sittings/any/review").then().statusCode(302)
                .header("Location", containsString("code_challenge="))
                .header("Location", containsString("code_challenge_method=S256"))
                .header("Location", containsString("client_id=test-engine-service"))
                .header("Location",
                        containsString("redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Ftest-engine%2Fsittings%2Fany%2Freview"));
    }

    @Test
    void pagesAnswerUnderTheGatewaysForwardedPrefixWithRelativeRedirects() {
        Candidate candidate = Candidate.registered();
        given().auth().oauth2(candidate.token).redirects().follow(false)
                .header("X-Forwarded-Host", "localhost:8080").header("X-Forwarded-Prefix", "/test-engine")
                .formParam("csrf", candidate.csrf).formParam("registrationId", candidate.registrationId)
                .formParam("unit", "2794-210")
                .when().post("/sittings").then().statusCode(303).header("Location", startsWith("sittings/"));
    }

    @Test
    void startPageShowsTheRulesAndTheTimeAllowedWithExtraTime() {
        Candidate candidate = Candidate.registered();
        String page = candidate.get("/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
        assertTrue(page.contains("<html lang=\"en-GB\">"), page);
        assertTrue(page.contains("<title>Your online tests – Online test</title>"), page);
        assertTrue(page.contains("25 questions"), page);
        assertTrue(page.contains("You need 18 correct answers to pass"), page);
        assertTrue(page.contains("75 minutes</strong> (60 minutes plus 25% extra time)"), page);
        assertTrue(page.contains("id=\"start\">Start the test</button>"), page);
    }

    @Test
    void sitsAWholeTestThroughThePagesWithoutEverShowingAKeyOrRationale() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        List<StoredQuestion> form = storedForm(dataSource, sittingId);
        long sequence = 1;
        for (StoredQuestion question : form) {
            String page = candidate.get("/sittings/" + sittingId + "/questions/" + question.position()).then()
                    .statusCode(200).extract().asString();
            assertTrue(page.contains("Question " + question.position() + " of 25"), page);
            assertTrue(page.contains("<legend>"), page);
            assertTrue(page.contains("id=\"remaining\""), page);
            assertFalse(page.contains(question.rationale()), "rationale leaked on question " + question.position());
            assertFalse(page.contains("answer_key") || page.contains("rationale"), page);
            // Every other question's rationale is absent too: nothing of the form's marking data is on any page.
            form.forEach(q -> assertFalse(page.contains(q.rationale())));
            String option = question.position() <= 20 ? question.key()
                    : uk.awarding.testengine.Candidates.wrong(question.key());
            candidate.post("/sittings/" + sittingId + "/questions/" + question.position(),
                    "optionId", option, "sequence", String.valueOf(sequence++), "go", "next")
                    .then().statusCode(303).header("Location", question.position() < 25
                            ? equalTo(String.valueOf(question.position() + 1)) : equalTo(String.valueOf(26)));
        }
        assertEquals(20, storedForm(dataSource, sittingId).stream().filter(q -> q.key().equals(q.selectedOption())).count());

        String review = candidate.get("/sittings/" + sittingId + "/review").then().statusCode(200).extract().asString();
        assertTrue(review.contains("id=\"all-answered\""), review);
        candidate.get("/sittings/" + sittingId + "/submission").then().statusCode(200)
                .body(containsString("id=\"confirm-submit\""));
        candidate.post("/sittings/" + sittingId + "/submission").then().statusCode(303)
                .header("Location", equalTo("result"));
        candidate.get("/sittings/" + sittingId + "/result").then().statusCode(200)
                .body(containsString("data-passed=\"true\" data-score=\"20\""))
                .body(containsString("The pass mark is 18"));
        // A closed sitting's question pages lead to the result.
        candidate.get("/sittings/" + sittingId + "/questions/3").then().statusCode(303)
                .header("Location", equalTo("../result"));
    }

    @Test
    void flagsAndUnansweredQuestionsAppearOnTheReviewAndTheNavigator() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        candidate.post("/sittings/" + sittingId + "/questions/2", "optionId", "B", "flagged", "true",
                "sequence", "1", "go", "review").then().statusCode(303).header("Location", equalTo("../review"));
        String review = candidate.get("/sittings/" + sittingId + "/review").then().statusCode(200).extract().asString();
        assertTrue(review.contains("Not answered (24 of 25)"), review);
        assertTrue(review.contains("<ul class=\"links\" id=\"flagged-list\">\n<li><a href=\"questions/2\">Question 2</a>"),
                review);
        String question = candidate.get("/sittings/" + sittingId + "/questions/2").then().statusCode(200).extract().asString();
        assertTrue(question.contains("id=\"option-B\" value=\"B\" checked"), question);
        assertTrue(question.contains("id=\"flagged\" value=\"true\" checked"), question);
        assertTrue(question.contains("class=\"answered flagged\" aria-current=\"step\""), question);
        assertTrue(question.contains("name=\"sequence\" id=\"sequence\" value=\"2\""), question);
    }

    @Test
    void theScriptSaveAppliesTheSequenceRuleOfTheApi() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        candidate.postJson("/sittings/" + sittingId + "/questions/1", "optionId", "C", "sequence", "5").then()
                .statusCode(200).body("accepted", equalTo(true)).body("optionId", equalTo("C"));
        candidate.postJson("/sittings/" + sittingId + "/questions/1", "optionId", "A", "sequence", "4").then()
                .statusCode(200).body("accepted", equalTo(false)).body("optionId", equalTo("C"));
        assertEquals("C", storedForm(dataSource, sittingId).get(0).selectedOption());
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        given().auth().oauth2(candidate.token).redirects().follow(false)
                .formParam("optionId", "A").formParam("sequence", "1")
                .when().post("/sittings/" + sittingId + "/questions/1").then().statusCode(403)
                .body(containsString("Form expired"));
        assertEquals(null, storedForm(dataSource, sittingId).get(0).selectedOption());
    }

    @Test
    void aTokenPairPlantedInACookieFromAnotherOriginIsRefused() {
        // A page on another port or subdomain of the site can set a cookie for this one, so it knows any value it
        // planted: a token that only has to match a cookie is forged by planting the same value in both.
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.startByApi();
        given().auth().oauth2(candidate.token).redirects().follow(false).cookie("te_csrf", "planted")
                .formParam("optionId", "A").formParam("sequence", "1").formParam("csrf", "planted")
                .when().post("/sittings/" + sittingId + "/questions/1").then().statusCode(403)
                .body(containsString("Form expired"));
        assertEquals(null, storedForm(dataSource, sittingId).get(0).selectedOption());
    }

    @Test
    void aTokenShownToAnotherSessionIsRefused() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.startByApi();
        // The same candidate signed in elsewhere (another Keycloak session, sid) is shown another token. Whatever
        // cookie comes with it, it does not fit this session.
        String otherSession = TestTokens.token("candidate-" + candidate.uln, Set.of("candidate"),
                Map.of("uln", candidate.uln, "sid", "another-session"));
        CandidatePagesStubs.activeRegistrations(candidate.uln, otherSession, candidate.registrationId);
        String otherToken = csrfOf(given().auth().oauth2(otherSession).when().get("/").then().statusCode(200)
                .extract().asString());
        assertFalse(otherToken.equals(candidate.csrf));
        candidate.postWithToken("/sittings/" + sittingId + "/questions/1", otherToken, "optionId", "A",
                "sequence", "1").then().statusCode(403).body(containsString("Form expired"));
        // Another candidate's token does not fit either.
        Candidate other = Candidate.registered();
        candidate.postWithToken("/sittings/" + sittingId + "/questions/1", other.csrf, "optionId", "A",
                "sequence", "1").then().statusCode(403);
        assertEquals(null, storedForm(dataSource, sittingId).get(0).selectedOption());
        // The page's own token still does.
        candidate.post("/sittings/" + sittingId + "/questions/1", "optionId", "A", "sequence", "1", "go", "next")
                .then().statusCode(303);
    }

    @Test
    void staffSignedInOnThePagesAreToldTheSiteIsForCandidatesAndCanSignOut() {
        String page = given().auth().oauth2(TestTokens.staff()).redirects().follow(false).when().get("/").then()
                .statusCode(403).contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("<h1>This site is for candidates</h1>"), page);
        assertTrue(page.contains("You are signed in as <strong>staff</strong>"), page);
        assertTrue(page.contains("<form method=\"post\" action=\"./sign-out\">"), page);
    }

    @Test
    void everyPageOffersSignOutAsAPlainFormPost() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        for (String path : List.of("/", "/sittings/" + sittingId + "/questions/1", "/sittings/" + sittingId + "/review",
                "/sittings/" + sittingId + "/submission")) {
            String page = candidate.get(path).then().statusCode(200).header("Cache-Control", "no-store").extract()
                    .asString();
            String root = path.equals("/") ? "./" : "../".repeat((int) path.chars().filter(c -> c == '/').count() - 1);
            assertTrue(page.contains("<form method=\"post\" action=\"" + root + "sign-out\" class=\"sign-out\">"),
                    path + ": " + page);
        }
    }

    @Test
    void theSignedOutPageIsPublicAndOffersToSignInAgain() {
        String page = given().redirects().follow(false).when().get("/signed-out").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("id=\"sign-in-again\""), page);
        assertFalse(page.contains("sign-out"), page);
    }

    @Test
    void anotherCandidatesSittingIsNotFound() {
        String sittingId = Candidate.registered().start();
        Candidate other = Candidate.registered();
        other.get("/sittings/" + sittingId + "/questions/1").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("No such sitting"));
    }

    @Test
    void whenTheTimeRunsOutThePagesShowTheMarkedResult() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        clock.advance(Duration.ofMinutes(76));
        candidate.get("/sittings/" + sittingId + "/questions/1").then().statusCode(303)
                .header("Location", equalTo("../result"));
        candidate.post("/sittings/" + sittingId + "/questions/1", "optionId", "A", "sequence", "1", "go", "next")
                .then().statusCode(303).header("Location", equalTo("../result"));
        candidate.get("/sittings/" + sittingId + "/result").then().statusCode(200)
                .body(containsString("data-passed=\"false\" data-score=\"0\""))
                .body(containsString("The time ran out"));
    }

    @Test
    void aFormPostWhoseAnswerWasNotKeptShowsTheQuestionAgainWithWhatIsStored() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        // Another window saved C with a newer sequence; this page still carries an older one.
        candidate.postJson("/sittings/" + sittingId + "/questions/1", "optionId", "C", "sequence", "5").then()
                .statusCode(200).body("accepted", equalTo(true));
        candidate.post("/sittings/" + sittingId + "/questions/1", "optionId", "A", "sequence", "4", "go", "next")
                .then().statusCode(303).header("Location", equalTo("1?not-saved=true"));
        String page = candidate.get("/sittings/" + sittingId + "/questions/1?not-saved=true").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<title>Not saved: Question 1 of 25 – Online test</title>"), page);
        assertTrue(page.contains("id=\"not-saved\" role=\"alert\""), page);
        assertTrue(page.contains("Not saved: another window saved a newer answer; the stored answer is shown."), page);
        assertTrue(page.contains("id=\"option-C\" value=\"C\" checked"), page);
        assertTrue(page.contains("name=\"sequence\" id=\"sequence\" value=\"6\""), page);
        assertEquals("C", storedForm(dataSource, sittingId).get(0).selectedOption());
        // An older save of what is stored anyway (moving on from another question's page) goes on as asked.
        candidate.post("/sittings/" + sittingId + "/questions/1", "optionId", "C", "sequence", "3", "go", "next")
                .then().statusCode(303).header("Location", equalTo("2"));
    }

    @Test
    void resumingOpensTheFirstUnansweredQuestionOrTheReviewOnceAllAreAnswered() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        for (int position = 1; position <= 3; position++) {
            candidate.post("/sittings/" + sittingId + "/questions/" + position, "optionId", "A",
                    "sequence", String.valueOf(position), "go", "next").then().statusCode(303);
        }
        candidate.post("/sittings", "registrationId", candidate.registrationId, "unit", "2794-210").then()
                .statusCode(303).header("Location", equalTo("sittings/" + sittingId + "/questions/4"));

        Candidates.answer(dataSource, candidate.uln, sittingId, 25);
        candidate.post("/sittings", "registrationId", candidate.registrationId, "unit", "2794-210").then()
                .statusCode(303).header("Location", equalTo("sittings/" + sittingId + "/review"));
    }

    @Test
    void everyPageOfTheTestShowsTheCandidatesNameUlnAndUnitTitleAndTheEndInUkTime() {
        Candidate candidate = Candidate.registered();
        String start = candidate.get("/").then().statusCode(200).extract().asString();
        assertIdentity(candidate, start);
        assertTrue(start.contains("<h2 id=\"offer-1\">Unit 2794-210: Customer service principles</h2>"), start);
        String sittingId = candidate.start();
        for (String path : List.of("questions/1", "review", "submission")) {
            assertIdentity(candidate, candidate.get("/sittings/" + sittingId + "/" + path).then().statusCode(200)
                    .extract().asString());
        }
        String question = candidate.get("/sittings/" + sittingId + "/questions/1").then().extract().asString();
        Matcher end = Pattern.compile("<time datetime=\"([^\"]+)\" id=\"ends-at\">([^<]+)</time>").matcher(question);
        assertTrue(end.find(), question);
        java.time.ZonedDateTime deadline = java.time.Instant.parse(end.group(1)).atZone(ZoneId.of("Europe/London"));
        String zone = deadline.getZone().getRules().isDaylightSavings(deadline.toInstant()) ? "BST" : "GMT";
        assertEquals(String.format("%02d:%02d %s", deadline.getHour(), deadline.getMinute(), zone), end.group(2));
    }

    private static void assertIdentity(Candidate candidate, String page) {
        assertTrue(page.contains("<dd id=\"candidate-name\">Amara Okafor</dd>"), page);
        assertTrue(page.contains("<dd id=\"candidate-uln\">" + candidate.uln + "</dd>"), page);
        assertTrue(page.contains("<dd id=\"unit-title\">2794-210 Customer service principles</dd>"), page);
    }

    @Test
    void theResultPageGivesTheUnitDateNextStepsAndFeedbackByLearningOutcomeOnly() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        List<StoredQuestion> form = storedForm(dataSource, sittingId);
        Candidates.answer(dataSource, candidate.uln, sittingId, 10);
        candidate.post("/sittings/" + sittingId + "/submission").then().statusCode(303);
        String page = candidate.get("/sittings/" + sittingId + "/result").then().statusCode(200).extract().asString();
        assertIdentity(candidate, page);
        assertTrue(page.contains("data-passed=\"false\" data-score=\"10\""), page);
        assertTrue(page.contains("id=\"result-date\">" + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK).format(java.time.LocalDate.now(ZoneId.of("Europe/London")))), page);
        assertTrue(page.contains("id=\"next-steps\""), page);
        for (String outcome : List.of("LO1", "LO2", "LO3", "LO4")) {
            long questions = form.stream().filter(q -> q.learningOutcome().equals(outcome)).count();
            long correct = form.subList(0, 10).stream().filter(q -> q.learningOutcome().equals(outcome)).count();
            assertTrue(page.contains("<li>" + outcome + ": " + correct + " of " + questions + "</li>"), page);
        }
        // Feedback never names a question, an item or a key.
        assertFalse(page.contains("Question 1"), page);
        form.forEach(q -> assertFalse(page.contains(q.rationale()), page));
    }

    @Test
    void afterAPassTheStartPageOffersNoStartAndSaysTheUnitIsPassed() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        Candidates.answer(dataSource, candidate.uln, sittingId, 25);
        candidate.post("/sittings/" + sittingId + "/submission").then().statusCode(303);
        String page = candidate.get("/").then().statusCode(200).extract().asString();
        assertFalse(page.contains("id=\"start\""), page);
        assertTrue(page.contains("id=\"passed\""), page);
        assertTrue(page.contains("You passed on "), page);
        assertTrue(page.contains("25 correct out of 25 (pass mark 18)"), page);
    }

    @Test
    void afterAFailTheStartPageShowsTheResultTheAttemptsAndWhenAResitMayStart() {
        Candidate candidate = Candidate.registered();
        String sittingId = candidate.start();
        Candidates.answer(dataSource, candidate.uln, sittingId, 12);
        candidate.post("/sittings/" + sittingId + "/submission").then().statusCode(303);

        String page = candidate.get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("You did not pass on "), page);
        assertTrue(page.contains("12 correct out of 25 (pass mark 18)"), page);
        assertTrue(page.contains("id=\"attempts\">Attempts used: 1 of 3."), page);
        assertTrue(page.contains("up to 3 times; after a fail you wait at least 7 days before the next attempt"), page);
        Matcher from = Pattern.compile("id=\"resit-from\"><strong>You can sit this test again from ([^<]+)\\.</strong>")
                .matcher(page);
        assertTrue(from.find(), page);
        assertTrue(from.group(1).matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d\\d:\\d\\d (GMT|BST)"),
                from.group(1));
        assertFalse(page.contains("id=\"start\""), page);
        // A start posted anyway is refused, and the page says why.
        candidate.post("/sittings", "registrationId", candidate.registrationId, "unit", "2794-210").then()
                .statusCode(409).body(containsString("Too soon to resit"));

        clock.advance(Duration.ofDays(7));
        page = candidate.get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"start\">Start the resit</button>"), page);
        assertTrue(page.contains("This will be attempt 2 of 3."), page);
    }

    /** The form token of a page. */
    static String csrfOf(String page) {
        Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), page);
        return token.group(1);
    }

    /** A candidate with an active registration, a bearer token and the form token of its pages. */
    private record Candidate(String uln, String token, String registrationId, String csrf) {

        static Candidate registered() {
            String uln = newUln();
            String token = TestTokens.candidate(uln);
            String registrationId = activeRegistration(uln);
            CandidatePagesStubs.activeRegistrations(uln, token, registrationId);
            String csrf = csrfOf(given().auth().oauth2(token).when().get("/").then().statusCode(200).extract()
                    .asString());
            return new Candidate(uln, token, registrationId, csrf);
        }

        String start() {
            String location = post("/sittings", "registrationId", registrationId, "unit", "2794-210").then()
                    .statusCode(303).header("Location", startsWith("sittings/")).extract().header("Location");
            return location.split("/")[1];
        }

        Response get(String path) {
            return given().auth().oauth2(token).redirects().follow(false).when().get(path);
        }

        Response post(String path, String... fields) {
            return postWithToken(path, csrf, fields);
        }

        /** A sitting started through the API, as the same candidate could on another device. */
        String startByApi() {
            return Candidates.start(uln, registrationId).then().statusCode(201).extract().path("id");
        }

        /** A form post with this form token, and the same value in the cookie a double-submit check would compare. */
        Response postWithToken(String path, String formToken, String... fields) {
            var request = given().auth().oauth2(token).redirects().follow(false).cookie("te_csrf", formToken)
                    .formParam("csrf", formToken);
            for (int i = 0; i < fields.length; i += 2) {
                request.formParam(fields[i], fields[i + 1]);
            }
            return request.when().post(path);
        }

        Response postJson(String path, String... fields) {
            var request = given().auth().oauth2(token).accept("application/json")
                    .formParam("csrf", csrf);
            for (int i = 0; i < fields.length; i += 2) {
                request.formParam(fields[i], fields[i + 1]);
            }
            return request.when().post(path);
        }
    }
}
