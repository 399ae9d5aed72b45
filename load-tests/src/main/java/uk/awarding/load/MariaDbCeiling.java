package uk.awarding.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.awarding.platform.testing.EmbeddedMariaDb;

/**
 * The ceiling the answer-save benchmark is measured against: MariaDB's own throughput for an answer save's durable
 * write, committed one save per transaction with the default {@code innodb_flush_log_at_trx_commit=1}, from plain
 * JDBC with no service in between. Same machine, same embedded MariaDB 11.4 as the suite. Each thread is a candidate
 * making about 1.5 saves per question over 25 questions. Three writes, on the service's own schema (its Flyway
 * migrations):
 * <ul>
 * <li>{@code save}: a save as an entity transaction, the statements Hibernate sends for it: the sitting row locked, the
 * question read, both updated, committed (the service's path now only for a refused save, to say why);</li>
 * <li>{@code guarded} (default): the service's own save statement (read from test-engine-service's SittingRepository), one
 * UPDATE of the sitting and its question guarded by owner, status, pause, deadline and sequence, then the read of the
 * stored flag (a save that leaves the flag as it is, like the benchmark's), committed;</li>
 * <li>{@code upsert}: the least a save could be, one sequence-guarded upsert of one row.</li>
 * </ul>
 * Arguments: threads (default 16), seconds (default 20), write (default guarded). Prints one Markdown table row, with
 * MariaDB's own CPU time per write: what bounds the rate when the service and MariaDB share the machine's cores.
 */
public final class MariaDbCeiling {

    private static final String MIGRATIONS = "test-engine-service/src/main/resources/db/migration";

    private static final String UPSERT = """
            INSERT INTO response (sitting_id, position, option_id, flagged, sequence, saved_at)
            VALUES (?, ?, ?, FALSE, ?, CURRENT_TIMESTAMP(6))
            ON DUPLICATE KEY UPDATE
              option_id = IF(VALUES(sequence) > sequence, VALUES(option_id), option_id),
              saved_at = IF(VALUES(sequence) > sequence, VALUES(saved_at), saved_at),
              sequence = GREATEST(sequence, VALUES(sequence))""";

    private static final String LOCK_SITTING = """
            SELECT id, uln, registration_id, unit, status, open_for, started_at, deadline, duration_minutes,
              extra_time_percent, pass_mark, last_sequence, completed_at, score, passed
            FROM sitting WHERE id = ? AND uln = ? FOR UPDATE""";
    private static final String READ_QUESTION = """
            SELECT sitting_id, position, item_id, option_order, selected_option, flagged, sequence
            FROM sitting_question WHERE sitting_id = ? AND position = ?""";
    private static final String UPDATE_QUESTION = """
            UPDATE sitting_question SET item_id = ?, option_order = ?, selected_option = ?, flagged = ?, sequence = ?
            WHERE sitting_id = ? AND position = ?""";
    private static final String UPDATE_SITTING = """
            UPDATE sitting SET uln = ?, registration_id = ?, unit = ?, status = ?, open_for = ?, started_at = ?,
              deadline = ?, duration_minutes = ?, extra_time_percent = ?, pass_mark = ?, last_sequence = ?,
              completed_at = ?, score = ?, passed = ?
            WHERE id = ?""";

    private static final String REPOSITORY = "test-engine-service/src/main/java/uk/awarding/testengine/repository/"
            + "SittingRepository.java";
    private static final String READ_FLAG = "SELECT flagged FROM sitting_question WHERE sitting_id = ? AND position = ?";

    /** One candidate's saves on one connection; returns each save's latency in nanoseconds. */
    private interface Candidate {
        long[] saveUntil(Connection c, long deadline) throws SQLException;
    }

    private MariaDbCeiling() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String write = args.length > 2 ? args[2] : "guarded";
        EmbeddedMariaDb server = EmbeddedMariaDb.startThrowaway("mariadb-ceiling-");
        try {
            server.createSchema("ceiling", "ceiling", "ceiling");
            String url = server.jdbcUrl("ceiling");
            Candidate candidate = switch (write) {
                case "save", "guarded" -> {
                    createSchema(url, migrations());
                    yield write.equals("save") ? MariaDbCeiling::saveTransactions : MariaDbCeiling::guardedSaves;
                }
                case "upsert" -> {
                    createSchema(url, """
                            CREATE TABLE response (
                              sitting_id CHAR(36) NOT NULL, position INT NOT NULL, option_id CHAR(1) NOT NULL,
                              flagged BOOLEAN NOT NULL, sequence BIGINT NOT NULL, saved_at TIMESTAMP(6) NOT NULL,
                              PRIMARY KEY (sitting_id, position)) ENGINE=InnoDB""");
                    yield MariaDbCeiling::upserts;
                }
                default -> throw new IllegalArgumentException("write is save, guarded or upsert, not " + write);
            };
            long mariaDbCpuBefore = mariaDbCpuNanos();
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<long[]>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, "ceiling", "ceiling")) {
                        return candidate.saveUntil(c, deadline);
                    }
                }));
            }
            long[] latencies = workers.stream().map(MariaDbCeiling::join).flatMapToLong(Arrays::stream).sorted()
                    .toArray();
            double mariaDbCpuMs = (mariaDbCpuNanos() - mariaDbCpuBefore) / 1e6;
            pool.shutdown();
            System.out.printf("| MariaDB alone, %s (JDBC, %d threads, %d s) | %.0f writes/s | p50 %.2f ms | p99 %.2f ms "
                    + "| MariaDB CPU %.2f ms per write |%n", write, threads, seconds, latencies.length / (double) seconds,
                    percentile(latencies, 0.50), percentile(latencies, 0.99), mariaDbCpuMs / latencies.length);
        } finally {
            server.stop();
        }
    }

    /** The service's Flyway migrations, in version order: its schema as it runs. */
    private static String migrations() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("ceiling.migrations", MIGRATIONS)))) {
            List<Path> scripts = files.filter(f -> f.getFileName().toString().matches("V[0-9]+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString()
                            .substring(1, f.getFileName().toString().indexOf("__")))))
                    .toList();
            StringBuilder script = new StringBuilder();
            for (Path file : scripts) {
                script.append(Files.readString(file)).append('\n');
            }
            return script.toString();
        }
    }

    private static void createSchema(String url, String script) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "ceiling", "ceiling"); Statement s = c.createStatement()) {
            for (String statement : script.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static long[] upserts(Connection c, long deadline) throws SQLException {
        Latencies latencies = new Latencies();
        try (PreparedStatement upsert = c.prepareStatement(UPSERT)) {
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
                upsert.setString(3, randomOption());
                upsert.setLong(4, ++sequence);
                long start = System.nanoTime();
                upsert.executeUpdate();
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies.toArray();
    }

    /** The statements of one save of a candidate's open sitting: what the save's forms differ in. */
    private interface Save {
        void run(String sitting, String uln, int position, long sequence) throws SQLException;
    }

    /** The service's save: lock the sitting, read the question, update both, commit (SittingService.save). */
    private static long[] saveTransactions(Connection c, long deadline) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(LOCK_SITTING);
                PreparedStatement read = c.prepareStatement(READ_QUESTION);
                PreparedStatement updateQuestion = c.prepareStatement(UPDATE_QUESTION);
                PreparedStatement updateSitting = c.prepareStatement(UPDATE_SITTING)) {
            return sittingSaves(c, deadline, (sitting, uln, position, sequence) -> {
                lock.setString(1, sitting);
                lock.setString(2, uln);
                Object[] row = firstRow(lock, 15);
                read.setString(1, sitting);
                read.setInt(2, position);
                Object[] question = firstRow(read, 7);
                updateQuestion.setObject(1, question[2]);
                updateQuestion.setObject(2, question[3]);
                updateQuestion.setString(3, randomOption());
                updateQuestion.setBoolean(4, false);
                updateQuestion.setLong(5, sequence);
                updateQuestion.setString(6, sitting);
                updateQuestion.setInt(7, position);
                updateQuestion.executeUpdate();
                for (int i = 1; i < 15; i++) {
                    updateSitting.setObject(i, i == 11 ? sequence : row[i]);
                }
                updateSitting.setString(15, sitting);
                updateSitting.executeUpdate();
            });
        }
    }

    /** The save's rules in one guarded UPDATE of both rows, then the stored flag read back, committed. */
    private static long[] guardedSaves(Connection c, long deadline) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(serviceSaveStatement());
                PreparedStatement read = c.prepareStatement(READ_FLAG)) {
            return sittingSaves(c, deadline, (sitting, uln, position, sequence) -> {
                update.setInt(1, position);
                update.setString(2, randomOption());
                update.setBoolean(3, false);
                update.setBoolean(4, false);
                update.setLong(5, sequence);
                update.setLong(6, sequence);
                update.setString(7, sitting);
                update.setString(8, uln);
                update.setTimestamp(9, Timestamp.from(Instant.now().minusSeconds(30)));
                update.setLong(10, sequence);
                if (update.executeUpdate() == 0) {
                    throw new IllegalStateException("a save of an open sitting with a newer sequence was refused");
                }
                read.setString(1, sitting);
                read.setInt(2, position);
                firstRow(read, 1);
            });
        }
    }

    /** SittingRepository's SAVE_IF_ACCEPTED, the statement the service runs for every save. */
    private static String serviceSaveStatement() {
        try {
            Matcher statement = Pattern.compile("SAVE_IF_ACCEPTED = \"\"\"(.*?)\"\"\";", Pattern.DOTALL)
                    .matcher(Files.readString(Path.of(System.getProperty("ceiling.repository", REPOSITORY))));
            if (!statement.find()) {
                throw new IllegalStateException("No SAVE_IF_ACCEPTED in " + REPOSITORY);
            }
            return statement.group(1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One candidate: a new sitting every 38 saves (about 1.5 per question), each save its own transaction. */
    private static long[] sittingSaves(Connection c, long deadline, Save save) throws SQLException {
        Latencies latencies = new Latencies();
        long item = insertItem(c);
        c.setAutoCommit(false);
        String uln = String.valueOf(1_000_000_000L + ThreadLocalRandom.current().nextInt(999_999_999));
        String sitting = null;
        long sequence = 38;
        while (System.nanoTime() < deadline) {
            if (sequence == 38) {
                sitting = startSitting(c, uln, item);
                sequence = 0;
            }
            long start = System.nanoTime();
            save.run(sitting, uln, 1 + ThreadLocalRandom.current().nextInt(25), ++sequence);
            c.commit();
            latencies.add(System.nanoTime() - start);
        }
        return latencies.toArray();
    }

    private static long insertItem(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO item (item_code, version, unit, status, learning_outcome, assessment_criterion, stem, option_a,
                  option_b, option_c, option_d, answer_key, rationale, created_at, created_by)
                VALUES (?, 1, '2794-210', 'LIVE', '1', '1.1', 'stem', 'a', 'b', 'c', 'd', 'A', 'why', NOW(6), 'ceiling')""",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, UUID.randomUUID().toString().substring(0, 32));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A new open sitting of 25 questions, as a start writes it (not timed). */
    private static String startSitting(Connection c, String uln, long item) throws SQLException {
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        try (PreparedStatement sitting = c.prepareStatement("""
                INSERT INTO sitting (id, uln, registration_id, unit, status, open_for, started_at, deadline,
                  duration_minutes, extra_time_percent, pass_mark, last_sequence)
                VALUES (?, ?, ?, '2794-210', 'OPEN', ?, ?, ?, 60, 0, 18, 0)""");
                PreparedStatement question = c.prepareStatement("""
                        INSERT INTO sitting_question (sitting_id, position, item_id, option_order, flagged, sequence)
                        VALUES (?, ?, ?, 'ABCD', FALSE, 0)""")) {
            sitting.setString(1, id);
            sitting.setString(2, uln);
            sitting.setString(3, UUID.randomUUID().toString());
            sitting.setString(4, id);
            sitting.setTimestamp(5, Timestamp.from(now));
            sitting.setTimestamp(6, Timestamp.from(now.plus(60, ChronoUnit.MINUTES)));
            sitting.executeUpdate();
            for (int position = 1; position <= 25; position++) {
                question.setString(1, id);
                question.setInt(2, position);
                question.setLong(3, item);
                question.addBatch();
            }
            question.executeBatch();
        }
        c.commit();
        return id;
    }

    private static Object[] firstRow(PreparedStatement query, int columns) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("no row");
            }
            Object[] row = new Object[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = rows.getObject(i + 1);
            }
            return row;
        }
    }

    private static String randomOption() {
        return String.valueOf("ABCD".charAt(ThreadLocalRandom.current().nextInt(4)));
    }

    /** CPU time (user + system) of the embedded mariadbd, this JVM's child, from /proc. */
    private static long mariaDbCpuNanos() throws IOException {
        long pid = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(command -> command.endsWith("mariadbd")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no mariadbd below this JVM")).pid();
        String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst("^.*\\) ", "").split(" ");
        // fields 14 and 15 of /proc/<pid>/stat (utime, stime, in ticks of 1/100 s), counted from the state field
        return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 1_000_000_000L / 100;
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

    /** A growing array of latencies. */
    private static final class Latencies {
        private long[] values = new long[1 << 16];
        private int count;

        void add(long nanos) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = nanos;
        }

        long[] toArray() {
            return Arrays.copyOf(values, count);
        }
    }
}
