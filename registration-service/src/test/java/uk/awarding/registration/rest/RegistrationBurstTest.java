package uk.awarding.registration.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.learner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.awarding.registration.Api;
import uk.awarding.registration.TestUlns;

/**
 * A centre's burst of registrations, more at once than the service has worker threads. Each waits on its worker thread
 * for catalogue-service; Micrometer's REST client filter then needed a second worker thread to finish the call, so with
 * every worker waiting none could finish and the service hung for good (load-tests/RESULTS.md, "The start stall").
 */
@QuarkusTest
@TestProfile(RegistrationBurstTest.FewWorkers.class)
class RegistrationBurstTest {

    private static final int WORKERS = 4;
    private static final int CONCURRENT = 4 * WORKERS;

    /** A small worker pool, so a handful of concurrent requests occupies all of it as a large burst does in production. */
    public static class FewWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.thread-pool.max-threads", String.valueOf(WORKERS));
        }
    }

    @Test
    void everyRegistrationIsAnsweredWhenMoreArriveAtOnceThanThereAreWorkerThreads() throws Exception {
        ExecutorService centres = Executors.newFixedThreadPool(CONCURRENT);
        try {
            for (int round = 0; round < 3; round++) {
                List<CompletableFuture<Integer>> registrations = IntStream.range(0, CONCURRENT)
                        .mapToObj(i -> CompletableFuture.supplyAsync(() -> Api.register(CENTRE, learner(TestUlns.random()))
                                .extract().statusCode(), centres)).toList();
                // Generous: a hung service never answers at all; a live one answers these in about a second.
                CompletableFuture.allOf(registrations.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                assertEquals(List.of(201), registrations.stream().map(CompletableFuture::join).distinct().toList(),
                        "round " + round);
            }
        } finally {
            centres.shutdownNow();
        }
    }
}
