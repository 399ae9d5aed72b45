package uk.awarding.registration.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.OTHER_CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.register;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.fuzz.ApiFuzzer;
import uk.awarding.platform.testing.fuzz.RawHttp;
import uk.awarding.platform.testing.fuzz.ServiceFuzzTest;
import uk.awarding.registration.CatalogueStub;
import uk.awarding.registration.TestUlns;

/**
 * Every endpoint of the OpenAPI document under hostile input: never a 5xx or a stack trace, every error a
 * problem, nothing of centre CEN002 shown to CEN001 or the candidate, nothing written by a refused request but the
 * audit event of a refused batch. CEN001 also sends CEN002's learner with details of its own, and dates of birth
 * that cannot be real: each must be refused without a word of CEN002's record.
 */
@QuarkusTest
class RegistrationFuzzTest extends ServiceFuzzTest {

    @Test
    void everyEndpointSurvivesHostileInput() {
        Random random = new Random(ApiFuzzer.DEFAULT_SEED);
        String candidateUln = TestUlns.random(random);
        String ownId = register(CENTRE, learner(candidateUln)).statusCode(201).extract().path("id");
        String otherUln = TestUlns.random(random);
        Map<String, Object> other = learner(otherUln);
        other.put("familyName", "Zzcanaryother");
        String otherId = register(OTHER_CENTRE, other).statusCode(201).extract().path("id");
        AtomicInteger centres = new AtomicInteger();

        Map<String, Object> foreignLearnerOtherDetails = learner(otherUln);
        foreignLearnerOtherDetails.put("qualificationId", CatalogueStub.OTHER_OPEN);
        Map<String, Object> foreignLearnerDuplicate = learner(otherUln);
        foreignLearnerDuplicate.put("familyName", "ZZCANARYOTHER");

        ApiFuzzer fuzzer = fuzzer("audit_event")
                .caller("centre CEN001", () -> TestTokens.centre(CENTRE), otherUln, "Zzcanaryother")
                .caller("candidate", () -> TestTokens.candidate(candidateUln), otherUln, "Zzcanaryother")
                .caller("staff", TestTokens::staff)
                .caller("service", () -> TestTokens.service("test-engine-service"))
                .pathValue("id", () -> ownId)
                .pathValue("centreNumber", () -> CENTRE)
                .pathValue("qualificationId", () -> CatalogueStub.OPEN)
                .foreign("id", () -> otherId)
                .foreign("centreNumber", () -> OTHER_CENTRE)
                .body("POST /api/registrations", () -> learner(TestUlns.random(random)))
                .body("POST /api/registrations/batch", () -> List.of(learner(TestUlns.random(random)),
                        learner(TestUlns.random(random))))
                .body("POST /api/registrations/batch", "text/csv",
                        () -> "uln,givenName,familyName,dateOfBirth,qualificationId\n"
                                + TestUlns.random(random) + ",Amara,Okafor,1990-04-01," + CatalogueStub.OPEN + "\n")
                .body("PUT /api/registrations/{id}/access-arrangements",
                        () -> Map.of("extraTimePercent", 25, "otherAdjustments", "Reader"))
                .body("POST /api/registrations/{id}/withdrawal", () -> Map.of("reason", "Moved away"))
                .body("POST /api/centres",
                        () -> Map.of("centreNumber", "FZ" + centres.incrementAndGet(), "name", "Fuzz centre"))
                .refused("POST /api/registrations", "another centre's learner with other details",
                        () -> foreignLearnerOtherDetails)
                .refused("POST /api/registrations", "another centre's learner on the qualification it holds there",
                        () -> foreignLearnerDuplicate)
                .refused("POST /api/registrations/batch", "a row of another centre's learner with other details",
                        () -> List.of(learner(TestUlns.random(random)), foreignLearnerOtherDetails));
        for (String date : ApiFuzzer.impossibleDates()) {
            fuzzer.refused("POST /api/registrations", "date of birth " + date, () -> {
                Map<String, Object> body = learner(TestUlns.random(random));
                body.put("dateOfBirth", date);
                return body;
            });
        }
        fuzzer.run();
        as(TestTokens.centre(CENTRE)).when().get("/api/registrations/" + otherId).then().statusCode(404);
    }

    @Test
    void aKeyGivenTwiceIsAMalformedBodyNotAServerError() {
        String id = register(CENTRE, learner(TestUlns.random())).statusCode(201).extract().path("id");
        as(TestTokens.centre(CENTRE)).body("{\"extraTimePercent\":25,\"extraTimePercent\":50}")
                .when().put("/api/registrations/" + id + "/access-arrangements").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:awarding:problem:malformed-body"));
    }

    @Test
    void aContentTypeThatIsNotAMediaTypeIs415() {
        RawHttp.Answer answer = new RawHttp(base).send("POST", "/api/registrations/batch",
                Map.of("Authorization", "Bearer " + TestTokens.centre(CENTRE), "Content-Type", ";;;"), "[]".getBytes(), 0);
        assertEquals(415, answer.status());
        assertEquals("application/problem+json", answer.header("content-type"));
    }

    @Test
    void approvalForAnIdNoCatalogueCouldHaveIsUnknownNotCatalogueUnavailable() {
        as(TestTokens.staff()).when().put("/api/centres/" + CENTRE + "/approvals/{id}", "../\u0000")
                .then().statusCode(422).body("type", equalTo("urn:awarding:problem:unknown-qualification"));
    }
}
