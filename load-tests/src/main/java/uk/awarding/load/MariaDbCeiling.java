package uk.awarding.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import uk.awarding.platform.testing.EmbeddedMariaDb;

/**
 * The ceiling the answer-save benchmark is measured against: MariaDB's own throughput for the same durable
 * single-row write an answer save makes (an upsert guarded by the per-sitting sequence, committed one row per
 * transaction with the default {@code innodb_flush_log_at_trx_commit=1}), from plain JDBC with no service
 * in between. Same machine, same embedded MariaDB 11.4 as the suite.
 * <p>
 * Arguments: threads (default 16), seconds (default 20). Prints one Markdown table row.
 */
public final class MariaDbCeiling {

    private static final String UPSERT = """
            INSERT INTO response (sitting_id, position, option_id, flagged, sequence, saved_at)
            VALUES (?, ?, ?, FALSE, ?, CURRENT_TIMESTAMP(6))
            ON DUPLICATE KEY UPDATE
              option_id = IF(VALUES(sequence) > sequence, VALUES(option_id), option_id),
              saved_at = IF(VALUES(sequence) > sequence, VALUES(saved_at), saved_at),
              sequence = GREATEST(sequence, VALUES(sequence))""";

    private MariaDbCeiling() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path root = Files.createTempDirectory("mariadb-ceiling-");
        EmbeddedMariaDb server = EmbeddedMariaDb.start(0, root.resolve("data"), root.resolve("base"));
        try {
            server.createSchema("ceiling", "ceiling", "ceiling");
            String url = server.jdbcUrl("ceiling");
            try (Connection c = DriverManager.getConnection(url, "ceiling", "ceiling")) {
                c.createStatement().execute("""
                        CREATE TABLE response (
                          sitting_id CHAR(36) NOT NULL, position INT NOT NULL, option_id CHAR(1) NOT NULL,
                          flagged BOOLEAN NOT NULL, sequence BIGINT NOT NULL, saved_at TIMESTAMP(6) NOT NULL,
                          PRIMARY KEY (sitting_id, position)) ENGINE=InnoDB""");
            }
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> saveUntil(url, deadline)));
            }
            long[] latencies = workers.stream().map(MariaDbCeiling::join).flatMapToLong(Arrays::stream).sorted()
                    .toArray();
            pool.shutdown();
            System.out.printf("| MariaDB alone (JDBC, %d threads, %d s) | %.0f writes/s | p50 %.2f ms | p99 %.2f ms |%n",
                    threads, seconds, latencies.length / (double) seconds, percentile(latencies, 0.50),
                    percentile(latencies, 0.99));
        } finally {
            server.stop();
        }
    }

    /** One candidate per thread at a time, 25 questions, about 1.5 saves per question, like the exam. */
    private static long[] saveUntil(String url, long deadline) throws SQLException {
        long[] latencies = new long[1 << 16];
        int count = 0;
        try (Connection c = DriverManager.getConnection(url, "ceiling", "ceiling");
                PreparedStatement upsert = c.prepareStatement(UPSERT)) {
            c.setAutoCommit(true);
            String sitting = UUID.randomUUID().toString();
            long sequence = 0;
            while (System.nanoTime() < deadline) {
                if (sequence == 38) {
                    sitting = UUID.randomUUID().toString();
                    sequence = 0;
                }
                upsert.setString(1, sitting);
                upsert.setInt(2, 1 + ThreadLocalRandom.current().nextInt(25));
                upsert.setString(3, String.valueOf("ABCD".charAt(ThreadLocalRandom.current().nextInt(4))));
                upsert.setLong(4, ++sequence);
                long start = System.nanoTime();
                upsert.executeUpdate();
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = System.nanoTime() - start;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    private static long[] join(Future<long[]> worker) {
        try {
            return worker.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
