package uk.awarding.registration.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.OTHER_CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.registered;
import static uk.awarding.registration.Api.registrationsOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.registration.CatalogueStub;
import uk.awarding.registration.TestUlns;

@QuarkusTest
class IdempotencyTest {

    @Test
    void retriedRegistrationReturnsTheFirstAnswerAndRegistersOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = learner(TestUlns.random());
        ExtractableResponse<Response> first = post(CENTRE, key, body).statusCode(201).extract();
        ExtractableResponse<Response> retry = post(CENTRE, key, body).statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertEquals(first.asString(), retry.asString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(1, registrationsOf((String) body.get("uln")));
    }

    @Test
    void sameKeyForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = learner(TestUlns.random());
        post(CENTRE, key, body).statusCode(201);
        Map<String, Object> other = learner(TestUlns.random());
        post(CENTRE, key, other).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:idempotency-key-reused"));
        assertEquals(0, registrationsOf((String) other.get("uln")));
    }

    @Test
    void keysBelongToOneCentre() {
        String key = UUID.randomUUID().toString();
        post(CENTRE, key, learner(TestUlns.random())).statusCode(201);
        post(OTHER_CENTRE, key, learner(TestUlns.random())).statusCode(201);
    }

    @Test
    void failedAnswersAreNotStoredSoACorrectedRetryIsChecked() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = learner(TestUlns.random());
        body.put("qualificationId", "no-such-qualification");
        post(CENTRE, key, body).statusCode(422);
        post(CENTRE, key, body).statusCode(422).body("type", equalTo("urn:awarding:problem:unknown-qualification"));
    }

    @Test
    void retriedWithdrawalReturnsTheFirstAnswer() {
        String id = registered(CENTRE, TestUlns.random());
        String key = UUID.randomUUID().toString();
        String first = as(TestTokens.centre(CENTRE)).header("Idempotency-Key", key).body(Map.of("reason", "Moved"))
                .when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(200).extract().asString();
        String retry = as(TestTokens.centre(CENTRE)).header("Idempotency-Key", key).body(Map.of("reason", "Moved"))
                .when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(200).extract().asString();
        assertEquals(first, retry);
    }

    @Test
    void concurrentRetriesWithOneKeyRegisterOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = learner(TestUlns.random());
        List<Integer> statuses = concurrently(4, () -> post(CENTRE, key, body).extract().statusCode());
        assertEquals(List.of(201, 201, 201, 201), statuses);
        assertEquals(1, registrationsOf((String) body.get("uln")));
    }

    @Test
    void concurrentDuplicateRegistrationsRegisterOnce() throws Exception {
        String uln = TestUlns.random();
        Map<String, Object> other = learner(uln);
        other.put("qualificationId", CatalogueStub.OTHER_OPEN);
        as(TestTokens.centre(CENTRE)).body(other).when().post("/api/registrations").then().statusCode(201);
        List<Integer> statuses = concurrently(4,
                () -> as(TestTokens.centre(CENTRE)).body(learner(uln)).when().post("/api/registrations").then()
                        .extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(2, registrationsOf(uln));
    }

    @Test
    void rejectsAnUnusableKey() {
        post(CENTRE, "x".repeat(201), learner(TestUlns.random())).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:invalid-idempotency-key"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static List<Integer> concurrently(int requests, Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static io.restassured.response.ValidatableResponse post(String centre, String key, Map<String, Object> body) {
        return as(TestTokens.centre(centre)).header("Idempotency-Key", key).body(body)
                .when().post("/api/registrations").then();
    }
}
