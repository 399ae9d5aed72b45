package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.awarding.e2e.AnswerLoad.Save;

/**
 * MariaDB stops for 20 seconds while candidates save answers (issue #8 "Faults"): every service reports not ready,
 * writes are refused with 503 problem+json and never acknowledged unless stored, and once MariaDB is back the same
 * service processes, never restarted, are ready and save again.
 */
@ExtendWith(Suite.class)
class DatabaseOutageIT {

    private static final Map<String, Integer> SERVICE_PORTS = Map.of("catalogue-service", 8081,
            "registration-service", 8082, "test-engine-service", 8083, "certification-service", 8084);
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final String DATABASE_UNAVAILABLE = "503 urn:awarding:problem:database-unavailable";

    @AfterEach
    void leaveMariaDbRunning() {
        Suite.ensureRunning("mariadb");
    }

    @Test
    void writesAreRefusedWhileMariaDbIsDownAndTheServicesRecoverOnTheirOwn() throws InterruptedException {
        List<Sittings.Started> sittings = Candidates.register("outage", 520_000_000L, 4).stream()
                .map(Sittings::start).toList();
        Map<String, Long> servicePids = servicePids();

        List<Save> saves;
        try (AnswerLoad load = AnswerLoad.start(sittings)) {
            load.awaitSaves(Save::acknowledged, Instant.EPOCH, 100, Duration.ofSeconds(60));
            Instant stopped = Instant.now();
            Suite.control("--stop", "mariadb");

            awaitReadiness(false, Duration.ofSeconds(20));
            load.awaitSaves(save -> save.refusal().equals(DATABASE_UNAVAILABLE), stopped, 20, Duration.ofSeconds(20));
            centreWritesAreRefused();
            // The outage lasts as long as the scenario says, whatever the checks above took.
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), stopped.plus(OUTAGE)).toMillis()));

            Suite.control("--start", "mariadb");
            Instant back = Instant.now();
            awaitReadiness(true, Duration.ofSeconds(60));
            load.awaitSaves(Save::acknowledged, back, 100, Duration.ofSeconds(60));
            saves = load.stop();
        }

        assertThat("the services ran on, not restarted", servicePids(), equalTo(servicePids));
        for (Sittings.Started sitting : sittings) {
            AnswerLoad.assertEveryAcknowledgedAnswerIsStored(sitting, saves);
        }
        List<String> refusals = saves.stream().filter(Save::refused).map(Save::refusal).toList();
        assertThat(refusals, not(empty()));
        assertThat(refusals, everyItem(equalTo(DATABASE_UNAVAILABLE)));
    }

    /** Polls every service's readiness directly on its port until each reports {@code up} or not. */
    private static void awaitReadiness(boolean up, Duration timeout) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        Map<String, String> states = readiness();
        while (!states.values().stream().allMatch(state -> state.equals(up ? "200 UP" : "503 DOWN"))) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Readiness after " + timeout + ", expected all " + (up ? "UP" : "DOWN")
                        + ": " + states);
            }
            Thread.sleep(250);
            states = readiness();
        }
    }

    private static Map<String, String> readiness() {
        Map<String, String> states = new LinkedHashMap<>();
        SERVICE_PORTS.forEach((service, port) -> {
            var response = given().get("http://localhost:" + port + "/q/health/ready");
            states.put(service, response.statusCode() + " " + response.jsonPath().getString("status"));
        });
        return states;
    }

    /** A centre's system registering a learner, and recording a portfolio unit, gets a 503 problem, not a 500. */
    private static void centreWritesAreRefused() {
        String centre = Keycloak.centreApi();
        given().auth().oauth2(centre).contentType("application/json")
                .header("Idempotency-Key", "e2e-outage-registration")
                .body("""
                        {"uln": "%s", "givenName": "Ola", "familyName": "Nowak", "dateOfBirth": "1999-05-05",
                         "qualificationId": "%s"}""".formatted(Candidates.validUlns(529_000_000L, 1).get(0),
                        Candidates.QUALIFICATION))
                .post("/registration/api/registrations")
                .then().statusCode(503).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(centre).contentType("application/json")
                .body("""
                        {"registrationId": "%s", "unit": "2794-201", "assessor": "Dana Reid",
                         "internalQualityAssurer": "Lee Park", "outcome": "PASS", "achievedOn": "2026-10-01"}"""
                        .formatted("00000000-0000-4000-8000-000000000000"))
                .post("/certification/api/unit-results")
                .then().statusCode(503).contentType(startsWith("application/problem+json"));
    }

    private static Map<String, Long> servicePids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        SERVICE_PORTS.keySet().forEach(service -> {
            OptionalLong pid = Suite.pid(service);
            pids.put(service, pid.orElseThrow(() -> new AssertionError(service + " is not running")));
        });
        return pids;
    }
}
