package uk.awarding.registration.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.learner;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import uk.awarding.platform.testing.FewWorkerThreads;
import uk.awarding.registration.Api;
import uk.awarding.registration.TestUlns;

/**
 * A centre's burst of registrations, more at once than the service has worker threads. Each waits on its worker thread
 * for catalogue-service; Micrometer's REST client filter then needed a second worker thread to finish the call, so with
 * every worker waiting none could finish and the service hung for good (load-tests/RESULTS.md, "The start stall").
 */
@QuarkusTest
@TestProfile(FewWorkerThreads.class)
class RegistrationBurstTest {

    @Test
    void everyRegistrationIsAnsweredWhenMoreArriveAtOnceThanThereAreWorkerThreads() throws Exception {
        for (int round = 0; round < 3; round++) {
            List<Integer> statuses = FewWorkerThreads.burst(
                    () -> Api.register(CENTRE, learner(TestUlns.random())).extract().statusCode());
            assertEquals(List.of(201), statuses.stream().distinct().toList(), "round " + round);
        }
    }
}
