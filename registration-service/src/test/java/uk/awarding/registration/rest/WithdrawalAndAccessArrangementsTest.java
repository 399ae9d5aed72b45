package uk.awarding.registration.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.register;
import static uk.awarding.registration.Api.registered;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.registration.TestUlns;

@QuarkusTest
class WithdrawalAndAccessArrangementsTest {

    @Test
    void withdrawsWithReason() {
        String id = registered(CENTRE, TestUlns.random());
        as(TestTokens.centre(CENTRE)).body(Map.of("reason", "Left the course"))
                .when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawalReason", equalTo("Left the course"))
                .body("withdrawnAt", notNullValue());
        as(TestTokens.centre(CENTRE)).when().get("/api/registrations/" + id).then().body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void withdrawsWithoutBody() {
        String id = registered(CENTRE, TestUlns.random());
        as(TestTokens.centre(CENTRE)).when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawalReason", nullValue());
    }

    @Test
    void refusesToWithdrawTwice() {
        String id = registered(CENTRE, TestUlns.random());
        as(TestTokens.centre(CENTRE)).when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(200);
        as(TestTokens.centre(CENTRE)).when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:registration-withdrawn"));
    }

    @Test
    void rejectsOverlongWithdrawalReason() {
        String id = registered(CENTRE, TestUlns.random());
        as(TestTokens.centre(CENTRE)).body(Map.of("reason", "x".repeat(501)))
                .when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void learnerMayBeRegisteredAgainAfterWithdrawal() {
        String uln = TestUlns.random();
        String id = registered(CENTRE, uln);
        as(TestTokens.centre(CENTRE)).when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(200);
        register(CENTRE, learner(uln)).statusCode(201).body("status", equalTo("ACTIVE"));
    }

    @Test
    void replacesAccessArrangements() {
        String id = registered(CENTRE, TestUlns.random());
        as(TestTokens.centre(CENTRE)).body(Map.of("extraTimePercent", 50, "otherAdjustments", "  Reader  "))
                .when().put("/api/registrations/" + id + "/access-arrangements").then().statusCode(200)
                .body("accessArrangements.extraTimePercent", equalTo(50))
                .body("accessArrangements.otherAdjustments", equalTo("Reader"));
        as(TestTokens.service("test-engine-service")).when().get("/api/registrations/" + id).then()
                .body("accessArrangements.extraTimePercent", equalTo(50));
    }

    @Test
    void noArrangementsMeansNoExtraTime() {
        String id = registered(CENTRE, TestUlns.random());
        as(TestTokens.centre(CENTRE)).when().get("/api/registrations/" + id).then()
                .body("accessArrangements.extraTimePercent", equalTo(0))
                .body("accessArrangements.otherAdjustments", nullValue());
    }

    @Test
    void rejectsAccessArrangementsOutOfRangeOrMissing() {
        String id = registered(CENTRE, TestUlns.random());
        as(TestTokens.centre(CENTRE)).body(Map.of("extraTimePercent", 150))
                .when().put("/api/registrations/" + id + "/access-arrangements").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("extraTimePercent"));
        as(TestTokens.centre(CENTRE)).body(Map.of("otherAdjustments", "x".repeat(1001)))
                .when().put("/api/registrations/" + id + "/access-arrangements").then().statusCode(400)
                .body("errors[0].field", equalTo("otherAdjustments"));
        as(TestTokens.centre(CENTRE)).when().put("/api/registrations/" + id + "/access-arrangements")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesAccessArrangementsForAWithdrawnRegistration() {
        String id = registered(CENTRE, TestUlns.random());
        as(TestTokens.centre(CENTRE)).when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(200);
        Map<String, Object> arrangements = new HashMap<>();
        arrangements.put("extraTimePercent", 25);
        as(TestTokens.centre(CENTRE)).body(arrangements)
                .when().put("/api/registrations/" + id + "/access-arrangements").then().statusCode(409)
                .body("type", equalTo("urn:awarding:problem:registration-withdrawn"));
    }
}
