package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * certification-service is down for a minute while candidates pass (issue #8 "Faults"): the passes wait in
 * test-engine's outbox, which keeps retrying, and once certification is back each arrives exactly once.
 */
@ExtendWith(Suite.class)
class CertificationOutageIT {

    private static final String SERVICE = "certification-service";
    private static final Duration OUTAGE = Duration.ofMinutes(1);
    /** The outbox retries at most every 30 s (test-engine.outbox.max-backoff) plus one relay period (5 s). */
    private static final Duration DELIVERY_AFTER_RETURN = Duration.ofSeconds(90);

    @AfterEach
    void leaveCertificationRunning() {
        Suite.ensureRunning(SERVICE);
    }

    @Test
    void everyPassDuringTheOutageArrivesExactlyOnceAfterwards() throws InterruptedException {
        ItemKeys keys = ItemKeys.ofUnit(Sittings.TEST_UNIT);
        List<Sittings.Started> sittings = Candidates.register("outbox", 530_000_000L, 3).stream()
                .map(Sittings::start).toList();
        sittings.forEach(sitting -> Sittings.answerAllCorrectly(sitting, keys));

        Instant stopped = Instant.now();
        Suite.control("--stop", SERVICE);
        for (Sittings.Started sitting : sittings) {
            JsonPath result = Sittings.submit(sitting);
            assertThat(result.getBoolean("passed"), equalTo(true));
        }
        awaitAFailedDeliveryOfEach(sittings);
        // The outage lasts the minute the scenario says, whatever the steps above took.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), stopped.plus(OUTAGE)).toMillis()));
        Suite.control("--start", SERVICE);

        String centre = Keycloak.centreApi();
        for (Sittings.Started sitting : sittings) {
            awaitTestResults(centre, sitting);
        }
        // Read again once all have arrived: a repeated delivery would show as a second result of the same unit.
        for (Sittings.Started sitting : sittings) {
            List<Map<String, Object>> results = testResults(centre, sitting);
            assertThat("results of " + Sittings.TEST_UNIT + " for registration " + sitting.candidate().registrationId,
                    results.stream().map(result -> result.get("sittingId")).toList(), contains(sitting.id()));
            assertThat(results.get(0).get("source"), equalTo("ONLINE_TEST"));
        }
    }

    /** The relay met the outage: test-engine logged a failed delivery for every sitting. */
    private static void awaitAFailedDeliveryOfEach(List<Sittings.Started> sittings) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (!sittings.stream().allMatch(sitting -> Suite.log("test-engine-service")
                .contains("Unit result of sitting " + sitting.id() + " not delivered"))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The outbox relay did not try to deliver every pass within 30 s");
            }
            Thread.sleep(500);
        }
    }

    /** Polls the centre's view of the registration's unit results until the test unit's result has arrived. */
    private static void awaitTestResults(String centre, Sittings.Started sitting) throws InterruptedException {
        Instant giveUp = Instant.now().plus(DELIVERY_AFTER_RETURN);
        while (testResults(centre, sitting).isEmpty()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The pass of sitting " + sitting.id() + " did not reach certification-service "
                        + DELIVERY_AFTER_RETURN + " after it returned");
            }
            Thread.sleep(1000);
        }
    }

    private static List<Map<String, Object>> testResults(String centre, Sittings.Started sitting) {
        List<Map<String, Object>> results = given().auth().oauth2(centre)
                .get("/certification/api/registrations/" + sitting.candidate().registrationId + "/unit-results")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return results.stream().filter(result -> Sittings.TEST_UNIT.equals(result.get("unit"))).toList();
    }
}
