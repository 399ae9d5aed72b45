package uk.awarding.registration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import uk.awarding.platform.testing.ServiceHealthTest;
import uk.awarding.platform.testing.TestTokens;

/**
 * The packaged service (the jar here, the native executable with {@code -Dnative}) against a real MariaDB, real tokens
 * and the catalogue stub: ready with its database; a new centre registers a learner, and the audit trail reads back
 * the details written as JSON outside JAX-RS.
 */
@QuarkusIntegrationTest
class RegistrationServiceIT extends ServiceHealthTest {

    RegistrationServiceIT() {
        super("registration-service");
    }

    @Test
    void registersALearnerAndAuditsEveryChange() {
        String centre = Api.newCentre();
        String uln = TestUlns.random();
        String id = Api.register(centre, Api.learner(uln)).statusCode(201)
                .body("uln", equalTo(uln)).body("centreNumber", equalTo(centre)).extract().path("id");

        Api.as(TestTokens.staff()).queryParam("entityId", centre).get("/api/audit-events").then().statusCode(200)
                .body("items.action", hasItems("CENTRE_CREATED", "CENTRE_APPROVED"))
                .body("items.find { it.action == 'CENTRE_CREATED' }.change.name", equalTo("Test centre " + centre));
        Api.as(TestTokens.staff()).queryParam("entityId", id).get("/api/audit-events").then().statusCode(200)
                .body("items[0].action", equalTo("REGISTERED"))
                .body("items[0].change.uln", equalTo(uln));
    }
}
