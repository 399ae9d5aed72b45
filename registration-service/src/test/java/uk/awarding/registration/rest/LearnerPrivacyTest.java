package uk.awarding.registration.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.newCentre;
import static uk.awarding.registration.Api.register;
import static uk.awarding.registration.Api.registrationsOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.registration.TestUlns;

/**
 * The learner record behind a ULN is shared by every centre, and a centre learns nothing of another centre's
 * learner: not the recorded names or date of birth, not where or on what they are registered. Two centres, each
 * with its own token, through the real HTTP stack.
 */
@QuarkusTest
class LearnerPrivacyTest {

    private static final String RECORDED_GIVEN = "Zzrecordedgiven";
    private static final String RECORDED_FAMILY = "Zzrecordedfamily";
    private static final String RECORDED_BIRTH = "1987-03-09";

    private String owner;
    private String other;
    private String uln;
    private String registrationId;

    @BeforeEach
    void anotherCentresLearner() {
        owner = newCentre();
        other = newCentre();
        uln = TestUlns.random();
        Map<String, Object> body = learner(uln);
        body.put("givenName", RECORDED_GIVEN);
        body.put("familyName", RECORDED_FAMILY);
        body.put("dateOfBirth", RECORDED_BIRTH);
        registrationId = register(owner, body).statusCode(201).extract().path("id");
    }

    @Test
    void aCentreSendingOtherDetailsForTheUlnLearnsOnlyWhichOfItsFieldsDiffer() {
        String answer = register(other, learner(uln)).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:learner-details-mismatch"))
                .body("errors.field", contains("givenName", "familyName", "dateOfBirth"))
                .body("errors.problem", contains("learner-details-mismatch", "learner-details-mismatch",
                        "learner-details-mismatch"))
                .extract().asString();
        assertRevealsNothingOfTheRecord(answer);
        assertEquals(1, registrationsOf(uln));
    }

    @Test
    void aCentreSendingOneWrongDetailIsToldNothingAboutTheLearnersRegistrations() {
        Map<String, Object> nearly = recordedDetails();
        nearly.put("dateOfBirth", "1987-03-10");
        String answer = register(other, nearly).statusCode(422)
                .body("errors.field", contains("dateOfBirth"))
                .extract().asString();
        assertRevealsNothingOfTheRecord(answer);
    }

    @Test
    void aDuplicateAtAnotherCentreNamesNeitherTheCentreNorTheRegistration() {
        String answer = register(other, recordedDetails()).statusCode(409)
                .body("type", equalTo("urn:awarding:problem:duplicate-registration"))
                .body("errors[0].field", equalTo("qualificationId"))
                .body("errors[0].message", containsString("another centre"))
                .extract().asString();
        assertRevealsNothingOfTheRecord(answer);
        assertEquals(1, registrationsOf(uln));
    }

    @Test
    void aBatchRowForAnotherCentresLearnerLearnsOnlyWhichOfItsFieldsDiffer() {
        Map<String, Object> duplicate = recordedDetails();
        String answer = batch(other, List.of(learner(uln), duplicate)).statusCode(422)
                .body("type", equalTo("urn:awarding:problem:batch-rejected"))
                .body("report[0].errors.field", contains("givenName", "familyName", "dateOfBirth"))
                .body("report[0].errors.problem", contains("learner-details-mismatch", "learner-details-mismatch",
                        "learner-details-mismatch"))
                .body("report[1].errors.problem", contains("duplicate-registration"))
                .extract().asString();
        assertRevealsNothingOfTheRecord(answer);
    }

    @Test
    void aRefusedBatchLeavesAnAuditEventWithoutLearnerData() {
        batch(other, List.of(learner(TestUlns.random()), learner(uln))).statusCode(422);
        Map<String, Object> event = lastAuditEventOf(other);
        assertEquals("BATCH_REFUSED", event.get("action"));
        assertEquals("batch", event.get("entityType"));
        assertEquals("centre-" + other, event.get("actor"));
        assertEquals(Map.of("problem", "batch-rejected", "rows", 2, "invalidRows", 1,
                "reasons", Map.of("learner-details-mismatch", 3)), event.get("change"));
    }

    @Test
    void aBatchOverFiveHundredRowsIsRefusedAndAudited() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            rows.add(learner(TestUlns.random()));
        }
        batch(other, rows).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:batch-too-large"))
                .body("maxRows", equalTo(500));
        Map<String, Object> event = lastAuditEventOf(other);
        assertEquals("BATCH_REFUSED", event.get("action"));
        assertEquals(Map.of("problem", "batch-too-large", "rows", 501, "maxRows", 500), event.get("change"));
        assertEquals(0, registrationsOf((String) rows.get(0).get("uln")));
    }

    private Map<String, Object> recordedDetails() {
        Map<String, Object> body = learner(uln);
        body.put("givenName", RECORDED_GIVEN.toUpperCase());
        body.put("familyName", RECORDED_FAMILY);
        body.put("dateOfBirth", RECORDED_BIRTH);
        return body;
    }

    private void assertRevealsNothingOfTheRecord(String answer) {
        for (String secret : List.of(RECORDED_GIVEN, RECORDED_FAMILY, RECORDED_BIRTH, owner, registrationId)) {
            assertThat(answer, not(containsString(secret)));
        }
        assertThat(answer.toLowerCase(), not(containsString(RECORDED_GIVEN.toLowerCase())));
    }

    private static ValidatableResponse batch(String centre, List<Map<String, Object>> rows) {
        return as(TestTokens.centre(centre)).body(rows).when().post("/api/registrations/batch").then();
    }

    /** The newest audit event the centre caused, as awarding staff read the audit trail. */
    private static Map<String, Object> lastAuditEventOf(String centre) {
        int total = as(TestTokens.staff()).queryParam("size", 1).when().get("/api/audit-events")
                .then().statusCode(200).extract().path("total");
        List<Map<String, Object>> items = as(TestTokens.staff()).queryParam("size", 100)
                .queryParam("page", (total - 1) / 100).when().get("/api/audit-events")
                .then().statusCode(200).extract().jsonPath().getList("items");
        for (int i = items.size() - 1; i >= 0; i--) {
            if (centre.equals(items.get(i).get("actorCentre"))) {
                return items.get(i);
            }
        }
        throw new AssertionError("no audit event of " + centre + " on the last page");
    }
}
