package uk.awarding.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * After a run: every answer the service acknowledged is in test-engine's database, read directly over JDBC. For each
 * question the newest acknowledged save (highest sequence) must be what is stored, option and sequence both, or have
 * been replaced by a newer save of the same candidate (a save whose answer the client never saw, e.g. timed out); the
 * sitting's last accepted sequence must not be below the newest acknowledged one. Exits 1 on any loss.
 * <p>
 * Arguments: the acknowledgements file, a label. JDBC URL, user and password as ./run.sh gives test-engine-service
 * (system properties {@code db.url}, {@code db.user}, {@code db.password} override them).
 */
public final class AcknowledgedAnswersCheck {

    private AcknowledgedAnswersCheck() {
    }

    public static void main(String[] args) throws Exception {
        List<Acknowledgements.Ack> acks = Acknowledgements.read(Path.of(args[0]));
        String label = args.length > 1 ? args[1] : args[0];
        Map<String, Map<Integer, Acknowledgements.Ack>> newest = new HashMap<>();
        long refused = 0;
        for (Acknowledgements.Ack ack : acks) {
            if (!ack.accepted()) {
                refused++;
                continue;
            }
            newest.computeIfAbsent(ack.sittingId(), s -> new HashMap<>())
                    .merge(ack.position(), ack, (a, b) -> a.sentSequence() >= b.sentSequence() ? a : b);
        }
        long answers = newest.values().stream().mapToLong(Map::size).sum();
        List<String> problems = new ArrayList<>();
        long found = 0;
        long superseded = 0;
        try (Connection db = DriverManager.getConnection(
                System.getProperty("db.url", "jdbc:mariadb://127.0.0.1:3307/test_engine"),
                System.getProperty("db.user", "test_engine"), System.getProperty("db.password", "test_engine-local"));
                PreparedStatement questions = db.prepareStatement(
                        "SELECT q.position, q.selected_option, q.sequence, s.last_sequence FROM sitting_question q "
                                + "JOIN sitting s ON s.id = q.sitting_id WHERE q.sitting_id = ?")) {
            for (Map.Entry<String, Map<Integer, Acknowledgements.Ack>> sitting : newest.entrySet()) {
                questions.setString(1, sitting.getKey());
                Map<Integer, String[]> stored = new HashMap<>();
                long lastSequence = -1;
                try (ResultSet rows = questions.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getInt(1), new String[] { rows.getString(2), Long.toString(rows.getLong(3)) });
                        lastSequence = rows.getLong(4);
                    }
                }
                long newestAcked = sitting.getValue().values().stream().mapToLong(Acknowledgements.Ack::sentSequence)
                        .max().orElse(0);
                if (lastSequence < newestAcked) {
                    problems.add(sitting.getKey() + ": last_sequence " + lastSequence + " < acknowledged " + newestAcked);
                }
                for (Acknowledgements.Ack ack : sitting.getValue().values()) {
                    String[] row = stored.get(ack.position());
                    if (row != null && Objects.equals(row[0], ack.sentOption())
                            && Long.parseLong(row[1]) == ack.sentSequence()) {
                        found++;
                    } else if (row != null && Long.parseLong(row[1]) > ack.sentSequence()) {
                        superseded++;
                    } else {
                        problems.add(sitting.getKey() + " q" + ack.position() + ": acknowledged " + ack.sentOption()
                                + "@" + ack.sentSequence() + ", stored "
                                + (row == null ? "nothing" : row[0] + "@" + row[1]));
                    }
                }
            }
        }
        System.out.printf("%s: %d saves acknowledged (%d of them answered 'older than stored'), %d sittings, "
                + "%d answers expected, %d found with the acknowledged option and sequence, %d replaced by a newer "
                + "unacknowledged save, %d missing or different%n",
                label, acks.size(), refused, newest.size(), answers, found, superseded, problems.size());
        problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
        System.out.println("ACK-CHECK " + label + " acknowledged=" + acks.size() + " answers=" + answers + " found=" + found
                + " superseded=" + superseded + " missing=" + problems.size() + " refused=" + refused);
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
