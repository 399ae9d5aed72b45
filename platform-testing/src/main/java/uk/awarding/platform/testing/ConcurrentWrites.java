package uk.awarding.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Two writers of the same rows at the same moment, made deterministic: the first writes in a transaction it keeps open
 * until MariaDB shows a statement of the second blocked (waiting for one of the first's locks); only then does the
 * first commit. A check-then-insert that races fails here every time, not once in a thousand runs.
 */
public final class ConcurrentWrites {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** No statement of a test's own runs this long unless it waits for a lock. */
    private static final int BLOCKED_MILLIS = 300;

    private ConcurrentWrites() {
    }

    /**
     * @param first runs the first write in a transaction of its own, and inside it, after the write, the runnable it
     *        is given, which returns once the second waits
     * @param second the second write, e.g. an HTTP request, on another thread
     * @return what the second returned
     */
    public static <T> T secondWaitsForFirst(Consumer<Runnable> first, Callable<T> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch written = new CountDownLatch(1);
            Future<?> holder = threads.submit(() -> first.accept(() -> {
                written.countDown();
                awaitBlockedStatement();
            }));
            if (!written.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("The first write did not happen within " + PATIENCE);
            }
            Future<T> waiting = threads.submit(second);
            holder.get(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
            return waiting.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Polls the service's own connections (visible without the PROCESS privilege) for a statement under way longer
     * than {@link #BLOCKED_MILLIS}.
     */
    private static void awaitBlockedStatement() {
        Config config = ConfigProvider.getConfig();
        Instant giveUp = Instant.now().plus(PATIENCE);
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement blocked = connection.prepareStatement("SELECT COUNT(*) FROM "
                        + "information_schema.PROCESSLIST WHERE COMMAND = 'Query' AND ID <> CONNECTION_ID() "
                        + "AND TIME_MS > ?")) {
            blocked.setInt(1, BLOCKED_MILLIS);
            while (Instant.now().isBefore(giveUp)) {
                try (ResultSet found = blocked.executeQuery()) {
                    if (found.next() && found.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not watch the database for the second write", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        throw new AssertionError("No statement of the second write waited for the first within " + PATIENCE);
    }
}
