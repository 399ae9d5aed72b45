package uk.awarding.testengine.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.testengine.Candidates.activeRegistration;
import static uk.awarding.testengine.Candidates.newUln;
import static uk.awarding.testengine.Candidates.save;
import static uk.awarding.testengine.Candidates.start;
import static uk.awarding.testengine.Candidates.startedSitting;
import static uk.awarding.testengine.Candidates.storedForm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.contract.Contracts;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.Candidates.StoredQuestion;
import uk.awarding.testengine.PeerStubs;
import uk.awarding.testengine.TestClock;
import uk.awarding.testengine.TestSessions;
import uk.awarding.testengine.service.ExpirySweeper;

@QuarkusTest
class SittingResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    @Inject
    ExpirySweeper sweeper;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void startsASittingWithTwentyFiveQuestionsByTheBlueprint() {
        String uln = newUln();
        var response = start(uln, activeRegistration(uln)).then().statusCode(201)
                .body("questions", hasSize(25))
                .body("questions.position", contains(IntStream.rangeClosed(1, 25).boxed().toArray()))
                .body("questions.options", everyItem(hasSize(4)))
                .body("durationMinutes", equalTo(60))
                .body("status", equalTo("OPEN"))
                .extract();
        String id = response.path("id");
        assertTrue(response.header("Location").endsWith("/api/sittings/" + id));

        Map<String, Long> perOutcome = storedForm(dataSource, id).stream()
                .collect(Collectors.groupingBy(StoredQuestion::learningOutcome, Collectors.counting()));
        assertEquals(Map.of("LO1", 5L, "LO2", 5L, "LO3", 8L, "LO4", 7L), perOutcome);
    }

    @Test
    void startsASittingThatTestsEveryAssessmentCriterionOfTheUnit() {
        String uln = newUln();
        String id = start(uln, activeRegistration(uln)).then().statusCode(201).extract().path("id");

        String perCriterion = "select count(*) from sitting_question q join item i on i.id = q.item_id "
                + "where q.sitting_id = ? group by i.assessment_criterion";
        assertEquals(23, Candidates.count(dataSource, "select count(*) from (" + perCriterion + ") c", id));
        // Each AC once; the two questions over 23 go to one AC of LO3 and one of LO4.
        assertEquals(2, Candidates.count(dataSource,
                "select count(*) from (" + perCriterion + " having count(*) = 2) c", id));
        assertEquals(0, Candidates.count(dataSource,
                "select count(*) from (" + perCriterion + " having count(*) > 2) c", id));
    }

    @Test
    void refusesToStartWhenACriterionOfTheUnitHasNoLiveItem() throws Exception {
        ObjectNode unit = (ObjectNode) new ObjectMapper().readTree(PeerStubs.unit());
        ((ArrayNode) unit.get("learningOutcomes").get(2).get("assessmentCriteria")).addObject().put("code", "AC3.8");
        var stub = PeerStubs.server().stubFor(WireMock.get(urlEqualTo("/api/units/" + PeerStubs.UNIT)).atPriority(1)
                .withHeader("Authorization", matching("Bearer .+")).willReturn(WireMock.okJson(unit.toString())));
        try {
            String uln = newUln();
            start(uln, activeRegistration(uln)).then().statusCode(503).contentType(PROBLEM)
                    .body("type", equalTo("urn:awarding:problem:item-bank-insufficient"))
                    .body("shortfalls", contains("AC3.8 has no live item"));
            assertEquals(0, Candidates.count(dataSource, "select count(*) from sitting where uln = ?", uln));
        } finally {
            PeerStubs.server().removeStub(stub);
        }
    }

    @Test
    void showsOptionsInTheStoredOrderOfTheForm() {
        String uln = newUln();
        JsonPath sitting = start(uln, activeRegistration(uln)).then().statusCode(201).extract().jsonPath();
        List<StoredQuestion> form = storedForm(dataSource, sitting.getString("id"));

        for (StoredQuestion question : form) {
            List<String> shown = sitting.getList("questions[" + (question.position() - 1) + "].options.id");
            assertEquals(question.optionOrder(), String.join("", shown));
        }
    }

    @Test
    void setsTheDeadlineFromTheSpecificationAndTheRegistrationsExtraTime() {
        String uln = newUln();
        JsonPath sitting = start(uln, activeRegistration(uln)).then().statusCode(201).extract().jsonPath();

        Instant started = Instant.parse(sitting.getString("startedAt"));
        Instant deadline = Instant.parse(sitting.getString("deadline"));
        assertEquals(Duration.ofMinutes(75), Duration.between(started, deadline)); // 60 min + 25% (fixture)
        assertEquals(25, sitting.getInt("extraTimePercent"));
    }

    @Test
    void sendsAServiceBearerTokenToRegistrationAndCatalogue() {
        String uln = newUln();
        String registrationId = activeRegistration(uln);
        start(uln, registrationId).then().statusCode(201);

        PeerStubs.server().verify(getRequestedFor(urlEqualTo("/api/registrations/" + registrationId))
                .withHeader("Authorization", matching("Bearer .+")));
        PeerStubs.server().verify(getRequestedFor(urlEqualTo("/api/units/2794-210/test-specification"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void neverSendsAnswerKeysOrRationalesToTheCandidate() {
        String uln = newUln();
        String id = startedSitting(uln);
        List<StoredQuestion> form = storedForm(dataSource, id);
        List<String> bodies = List.of(
                given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/{id}", id).asString(),
                save(uln, id, 1, "A", 1).asString(),
                given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/{id}/review", id).asString(),
                given().auth().oauth2(TestTokens.candidate(uln)).post("/api/sittings/{id}/submission", id).asString(),
                given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/{id}", id).asString());

        for (String body : bodies) {
            assertFalse(body.contains("\"key\"") || body.contains("answerKey") || body.contains("rationale"), body);
            for (StoredQuestion question : form) {
                assertFalse(body.contains(question.rationale()), "rationale of position " + question.position());
            }
        }
    }

    @Test
    void resumesWithEveryAcknowledgedAnswerAndTheTimeLeftByTheServerClock() {
        String uln = newUln();
        String id = startedSitting(uln);
        save(uln, id, 3, "C", 1).then().statusCode(200);
        given().auth().oauth2(TestTokens.candidate(uln)).contentType(ContentType.JSON)
                .body(Map.of("flagged", true, "sequence", 2)).put("/api/sittings/{id}/responses/7", id).then().statusCode(200);
        clock.advance(Duration.ofMinutes(20));

        JsonPath resumed = given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/{id}", id)
                .then().statusCode(200).extract().jsonPath();

        assertEquals("C", resumed.getString("responses[2].optionId"));
        assertTrue(resumed.getBoolean("responses[6].flagged"));
        long remaining = resumed.getLong("remainingSeconds");
        assertTrue(remaining <= 55 * 60 && remaining > 54 * 60, "remaining " + remaining);
    }

    @Test
    void anAcknowledgedAnswerIsCommittedBeforeTheReply() {
        String uln = newUln();
        String id = startedSitting(uln);

        save(uln, id, 5, "D", 1).then().statusCode(200).body("optionId", equalTo("D")).body("accepted", equalTo(true));

        // A separate connection sees it at once: the row was committed before the reply left.
        StoredQuestion stored = storedForm(dataSource, id).get(4);
        assertEquals("D", stored.selectedOption());
        assertEquals(1, stored.sequence());
    }

    @Test
    void anOlderSaveArrivingLateDoesNotOverwriteANewerOne() {
        String uln = newUln();
        String id = startedSitting(uln);
        save(uln, id, 2, "B", 5).then().statusCode(200);

        save(uln, id, 2, "A", 4).then().statusCode(200)
                .body("optionId", equalTo("B")).body("sequence", equalTo(5)).body("accepted", equalTo(false));

        assertEquals("B", storedForm(dataSource, id).get(1).selectedOption());
    }

    @Test
    void repeatingASaveIsHarmless() {
        String uln = newUln();
        String id = startedSitting(uln);
        save(uln, id, 2, "C", 1).then().statusCode(200).body("accepted", equalTo(true));

        save(uln, id, 2, "C", 1).then().statusCode(200).body("optionId", equalTo("C")).body("accepted", equalTo(false));
    }

    @Test
    void clearsAnAnswerWhenTheOptionIsLeftOut() {
        String uln = newUln();
        String id = startedSitting(uln);
        save(uln, id, 2, "C", 1).then().statusCode(200);

        save(uln, id, 2, null, 2).then().statusCode(200).body("optionId", nullValue());
    }

    @Test
    void anotherCandidatesSittingDoesNotExist() {
        String owner = newUln();
        String id = startedSitting(owner);
        String other = TestTokens.candidate(newUln());

        given().auth().oauth2(other).get("/api/sittings/{id}", id).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:sitting-not-found"));
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("optionId", "A", "sequence", 1))
                .put("/api/sittings/{id}/responses/1", id).then().statusCode(404);
        given().auth().oauth2(other).get("/api/sittings/{id}/review", id).then().statusCode(404);
        given().auth().oauth2(other).post("/api/sittings/{id}/submission", id).then().statusCode(404);
        assertEquals(null, storedForm(dataSource, id).get(0).selectedOption());
    }

    @Test
    void anotherCandidatesRegistrationIsNotFound() {
        String registrationId = activeRegistration(newUln());

        start(newUln(), registrationId).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:registration-not-found"));
    }

    @Test
    void refusesARegistrationThatIsNotActive() {
        String uln = newUln();
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, uln, "WITHDRAWN", "cg-2794-02", 0);

        start(uln, registrationId).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:registration-not-active"));
    }

    @Test
    void refusesAUnitOutsideTheRegisteredQualification() {
        String uln = newUln();
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, uln, "ACTIVE", "cg-9999-01", 0);

        start(uln, registrationId).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:unit-not-in-qualification"));
    }

    @Test
    void registrationServiceDownIsA503AndNothingIsWritten() {
        String uln = newUln();
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registrationDown(registrationId);

        start(uln, registrationId).then().statusCode(503).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:registration-unavailable"));

        assertEquals(0, Candidates.count(dataSource, "select count(*) from sitting where uln = ?", uln));
    }

    @Test
    void refusesAnUnknownUnit() {
        String uln = newUln();
        PeerStubs.unknownUnit("2794-998");

        start(uln, activeRegistration(uln), "2794-998").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:unit-not-found"));
    }

    @Test
    void refusesAUnitWithoutAnOnlineTest() {
        String uln = newUln();
        PeerStubs.portfolioUnit("2794-201");

        start(uln, activeRegistration(uln), "2794-201").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:unit-not-tested-online"));
    }

    @Test
    void catalogueServiceDownIsA503AndNothingIsWritten() {
        String uln = newUln();
        PeerStubs.catalogueDown("2794-997");

        start(uln, activeRegistration(uln), "2794-997").then().statusCode(503).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:catalogue-unavailable"));

        assertEquals(0, Candidates.count(dataSource, "select count(*) from sitting where uln = ?", uln));
    }

    @Test
    void allowsOnlyOneOpenSittingPerCandidateAndUnit() {
        String uln = newUln();
        String registrationId = activeRegistration(uln);
        start(uln, registrationId).then().statusCode(201);

        start(uln, registrationId).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:sitting-already-open"));
    }

    @Test
    void theDatabaseKeepsConcurrentStartsToOneOpenSitting() {
        String uln = newUln();
        String registrationId = activeRegistration(uln);

        List<Integer> statuses = List.of(
                CompletableFuture.supplyAsync(() -> start(uln, registrationId).statusCode()),
                CompletableFuture.supplyAsync(() -> start(uln, registrationId).statusCode()),
                CompletableFuture.supplyAsync(() -> start(uln, registrationId).statusCode()))
                .stream().map(CompletableFuture::join).sorted().toList();

        assertEquals(List.of(201, 409, 409), statuses);
        assertEquals(1, Candidates.count(dataSource, "select count(*) from sitting where uln = ?", uln));
    }

    @Test
    void refusesAStartOnceTheAttemptsAreUsedUp() {
        String uln = newUln();
        String registrationId = activeRegistration(uln);
        for (int attempt = 1; attempt <= 3; attempt++) {
            String id = start(uln, registrationId).then().statusCode(201).extract().path("id");
            submit(uln, id).then().statusCode(200).body("passed", equalTo(false));
            // The unit's resit policy (contract fixture): 3 attempts, 7 days apart, each in a session of its day.
            clock.advance(Duration.ofDays(7));
            TestSessions.bookOnOpenSession(registrationId, uln, 25);
        }

        start(uln, registrationId).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:attempts-exhausted"))
                .body("attemptsUsed", equalTo(3)).body("attemptsAllowed", equalTo(3));
    }

    @Test
    void refusesAResitBeforeTheSpecificationsWaitHasPassed() {
        String uln = newUln();
        String registrationId = activeRegistration(uln);
        String id = start(uln, registrationId).then().statusCode(201).extract().path("id");
        submit(uln, id).then().statusCode(200).body("passed", equalTo(false));
        String completedAt = given().auth().oauth2(TestTokens.candidate(uln)).when().get("/api/sittings/" + id).then()
                .statusCode(200).extract().path("completedAt");

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        TestSessions.bookOnOpenSession(registrationId, uln, 25);
        start(uln, registrationId).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:resit-too-soon"))
                .body("notBefore", equalTo(Instant.parse(completedAt).plus(Duration.ofDays(7)).toString()))
                .body("attemptsUsed", equalTo(1)).body("attemptsAllowed", equalTo(3));
        assertEquals(1, Candidates.count(dataSource, "select count(*) from sitting where uln = ?", uln));

        clock.advance(Duration.ofMinutes(1));
        start(uln, registrationId).then().statusCode(201);
    }

    @Test
    void refusesAResitOfAPassedUnit() {
        String uln = newUln();
        String registrationId = activeRegistration(uln);
        String id = start(uln, registrationId).then().statusCode(201).extract().path("id");
        Candidates.answer(dataSource, uln, id, 25);
        submit(uln, id).then().statusCode(200).body("passed", equalTo(true));

        start(uln, registrationId).then().statusCode(409).body("type", equalTo("urn:awarding:problem:already-passed"));
    }

    @Test
    void reviewListsUnansweredAndFlaggedQuestions() {
        String uln = newUln();
        String id = startedSitting(uln);
        long sequence = 1;
        for (int position = 1; position <= 25; position++) {
            if (position != 4 && position != 9) {
                save(uln, id, position, "A", sequence++).then().statusCode(200);
            }
        }
        given().auth().oauth2(TestTokens.candidate(uln)).contentType(ContentType.JSON)
                .body(Map.of("optionId", "B", "flagged", true, "sequence", sequence)).put("/api/sittings/{id}/responses/12", id)
                .then().statusCode(200).body("flagged", equalTo(true));

        given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/{id}/review", id).then().statusCode(200)
                .body("unanswered", contains(4, 9)).body("flagged", contains(12)).body("questionCount", equalTo(25));
    }

    @Test
    void marksOneMarkPerCorrectAnswerAndPassesAtThePassMark() {
        String uln = newUln();
        String id = startedSitting(uln);
        Candidates.answer(dataSource, uln, id, 18);

        submit(uln, id).then().statusCode(200)
                .body("score", equalTo(18)).body("passMark", equalTo(18)).body("passed", equalTo(true));
    }

    @Test
    void submittingTwiceReturnsTheFirstResult() {
        String uln = newUln();
        String id = startedSitting(uln);
        Candidates.answer(dataSource, uln, id, 17);
        submit(uln, id).then().statusCode(200).body("score", equalTo(17)).body("passed", equalTo(false));

        submit(uln, id).then().statusCode(200).body("score", equalTo(17)).body("passed", equalTo(false));
        save(uln, id, 1, "A", 100).then().statusCode(409).body("type", equalTo("urn:awarding:problem:sitting-closed"));
    }

    @Test
    void acceptsSavesWithinTheGraceAfterTheDeadlineAndRefusesThemAfter() {
        String uln = newUln();
        String id = startedSitting(uln);

        clock.advance(Duration.ofMinutes(75).plusSeconds(20));
        save(uln, id, 1, "A", 1).then().statusCode(200);

        clock.advance(Duration.ofSeconds(15));
        save(uln, id, 2, "A", 2).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:sitting-closed"));
    }

    @Test
    void theSchedulerClosesAndMarksSittingsWhoseTimeRanOut() {
        String uln = newUln();
        String id = startedSitting(uln);
        Candidates.answer(dataSource, uln, id, 20);

        clock.advance(Duration.ofMinutes(76));
        sweeper.closeExpiredSittings();

        assertEquals(1, Candidates.count(dataSource,
                "select count(*) from sitting where id = ? and status = 'EXPIRED' and score = 20 and open_for is null", id));
        given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/{id}", id).then().statusCode(200)
                .body("status", equalTo("EXPIRED")).body("remainingSeconds", equalTo(0)).body("result.score", equalTo(20));
    }

    @Test
    void aSittingThatIsStillOpenIsLeftAloneByTheScheduler() {
        String uln = newUln();
        String id = startedSitting(uln);

        sweeper.closeExpiredSittings();

        assertEquals(1, Candidates.count(dataSource, "select count(*) from sitting where id = ? and status = 'OPEN'", id));
    }

    @Test
    void badInputGetsAProblem() {
        String uln = newUln();
        String id = startedSitting(uln);
        String token = TestTokens.candidate(uln);
        Function<Object, ValidatableResponse> put = body -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).body(body).put("/api/sittings/{id}/responses/1", id).then();

        put.apply(Map.of("optionId", "A")).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:validation-failed"));
        put.apply(Map.of("optionId", "E", "sequence", 1)).statusCode(400).contentType(PROBLEM);
        put.apply(Map.of("optionId", "A", "sequence", 0)).statusCode(400).contentType(PROBLEM);
        put.apply("{\"optionId\": ").statusCode(400).contentType(PROBLEM);
        save(uln, id, 26, "A", 1).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:question-not-found"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("unit", "2794-210"))
                .post("/api/sittings").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void onlyCandidatesWithAValidTokenMaySit() {
        given().get("/api/sittings/{id}", UUID.randomUUID()).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.staff()).get("/api/sittings/{id}", UUID.randomUUID())
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("nobody", Set.of("candidate"), Map.of()))
                .get("/api/sittings/{id}", UUID.randomUUID()).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aMarkedSittingsUnitResultAnswersServicesOnly() {
        String uln = newUln();
        String id = startedSitting(uln);
        String service = TestTokens.service("certification-service");
        given().auth().oauth2(service).get("/api/sittings/{id}/unit-result", id).then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo("urn:awarding:problem:sitting-not-found"));
        Candidates.answer(dataSource, uln, id, 20);
        submit(uln, id).then().statusCode(200);

        String result = given().auth().oauth2(service).get("/api/sittings/{id}/unit-result", id).then().statusCode(200)
                .body("sittingId", equalTo(id)).extract().asString();
        Contracts.assertSatisfies("test-engine-service", "sitting-unit-result", result);
        given().auth().oauth2(TestTokens.candidate(uln)).get("/api/sittings/{id}/unit-result", id).then()
                .statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(service).get("/api/sittings/{id}/unit-result", UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM);
    }

    private static Response submit(String uln, String id) {
        return given().auth().oauth2(TestTokens.candidate(uln)).post("/api/sittings/{id}/submission", id);
    }
}
