package uk.awarding.platform.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service with only {@value #WORKERS} worker threads, so a handful of concurrent requests occupies all of them as
 * a burst of simultaneous starts does the 200 of production: a request that needs a second worker thread to finish
 * then hangs the service, which {@link #burst} shows.
 */
public class FewWorkerThreads implements QuarkusTestProfile {

    public static final int WORKERS = 4;
    /** A hung service never answers; a live one answers a burst of this size in about a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.thread-pool.max-threads", String.valueOf(WORKERS));
    }

    /** Sends four requests per worker thread at once and returns their statuses; fails if any is not answered. */
    public static List<Integer> burst(IntSupplier request) throws Exception {
        int size = 4 * WORKERS;
        ExecutorService clients = Executors.newFixedThreadPool(size);
        try {
            List<CompletableFuture<Integer>> answers = IntStream.range(0, size)
                    .mapToObj(i -> CompletableFuture.supplyAsync(request::getAsInt, clients)).toList();
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            clients.shutdownNow();
        }
    }
}
