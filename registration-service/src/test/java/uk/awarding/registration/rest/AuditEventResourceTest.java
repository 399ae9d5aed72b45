package uk.awarding.registration.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.registered;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.registration.TestUlns;

@QuarkusTest
class AuditEventResourceTest {

    @Test
    void recordsWhoDidWhatToARegistrationAndWhen() {
        String uln = TestUlns.random();
        String id = registered(CENTRE, uln);
        as(TestTokens.centre(CENTRE)).body(Map.of("extraTimePercent", 25))
                .when().put("/api/registrations/" + id + "/access-arrangements").then().statusCode(200);
        as(TestTokens.staff()).body(Map.of("reason", "Duplicate enrolment"))
                .when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(200);

        as(TestTokens.staff()).queryParam("entityId", id).when().get("/api/audit-events").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", contains("REGISTERED", "ACCESS_ARRANGEMENTS_CHANGED", "WITHDRAWN"))
                .body("items.actor", contains("centre-CEN001", "centre-CEN001", "staff"))
                .body("items.actorCentre", contains("CEN001", "CEN001", null))
                .body("items[0].occurredAt", notNullValue())
                .body("items[0].change.uln", equalTo(uln))
                .body("items[0].change.newLearner", equalTo(true))
                .body("items[1].change.from.extraTimePercent", equalTo(0))
                .body("items[1].change.to.extraTimePercent", equalTo(25))
                .body("items[2].change.reason", equalTo("Duplicate enrolment"));
    }

    @Test
    void recordsCentreChanges() {
        String number = uk.awarding.registration.Api.newCentre();
        as(TestTokens.staff()).queryParam("entityId", number).when().get("/api/audit-events").then()
                .body("items.action", contains("CENTRE_CREATED", "CENTRE_APPROVED"))
                .body("items[1].change.qualificationId", equalTo("cg-2794-02"));
    }

    @Test
    void onlyAwardingStaffReadTheAuditLog() {
        as(TestTokens.centre(CENTRE)).when().get("/api/audit-events").then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.service("certification-service")).when().get("/api/audit-events").then().statusCode(403);
        as(TestTokens.staff()).queryParam("size", 500).when().get("/api/audit-events").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }
}
