package uk.awarding.registration.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.newCentre;
import static uk.awarding.registration.Api.register;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.registration.CatalogueStub;
import uk.awarding.registration.PeerCallWatch;
import uk.awarding.registration.TestUlns;

/**
 * Every write asks catalogue-service before its transaction opens, so a slow catalogue holds no database connection
 * (the rule of the service layer in docs/architecture.md), and a replayed write asks it nothing.
 */
@QuarkusTest
class PeerCallsTest {

    @BeforeEach
    void watch() {
        PeerCallWatch.reset();
    }

    @Test
    void registrationAsksTheCatalogueOutsideAnyTransaction() {
        as(TestTokens.centre(CENTRE)).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(learner(TestUlns.random())).when().post("/api/registrations").then().statusCode(201);
        assertOutsideTransactions();
    }

    @Test
    void refusedRegistrationAsksTheCatalogueOutsideAnyTransaction() {
        var body = learner(TestUlns.random());
        body.put("qualificationId", CatalogueStub.DRAFT);
        register(CENTRE, body).statusCode(422);
        assertOutsideTransactions();
    }

    @Test
    void batchAsksTheCatalogueOutsideAnyTransaction() {
        var other = learner(TestUlns.random());
        other.put("qualificationId", CatalogueStub.OTHER_OPEN);
        as(TestTokens.centre(CENTRE)).body(List.of(learner(TestUlns.random()), other))
                .when().post("/api/registrations/batch").then().statusCode(200);
        assertOutsideTransactions();
    }

    @Test
    void approvalAsksTheCatalogueOutsideAnyTransaction() {
        String centre = newCentre();
        as(TestTokens.staff()).when().put("/api/centres/" + centre + "/approvals/" + CatalogueStub.ADULT)
                .then().statusCode(200);
        assertOutsideTransactions();
    }

    @Test
    void aReplayAnswersWithoutAskingTheCatalogue() {
        String key = UUID.randomUUID().toString();
        var body = learner(TestUlns.random());
        as(TestTokens.centre(CENTRE)).header("Idempotency-Key", key).body(body).when().post("/api/registrations")
                .then().statusCode(201);
        PeerCallWatch.reset();
        as(TestTokens.centre(CENTRE)).header("Idempotency-Key", key).body(body).when().post("/api/registrations")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(0, PeerCallWatch.calls());
    }

    private static void assertOutsideTransactions() {
        assertTrue(PeerCallWatch.calls() > 0, "the catalogue was asked");
        assertEquals(List.of(), PeerCallWatch.inTransaction(), "peer calls made inside a transaction");
    }
}
