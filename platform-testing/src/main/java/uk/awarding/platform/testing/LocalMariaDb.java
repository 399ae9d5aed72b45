package uk.awarding.platform.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The MariaDB of the local suite ({@code ./run.sh}): port 3307, data kept under the given directory, one
 * schema and user per service (docs/architecture.md). Passwords come from {@code <SCHEMA>_DB_PASSWORD} in the
 * environment, defaulting to local-only values. Runs until the process is stopped.
 *
 * <pre>java -cp 'platform-testing/target/*:platform-testing/target/lib/*' uk.awarding.platform.testing.LocalMariaDb 3307 .run/mariadb</pre>
 */
public final class LocalMariaDb {

    static final List<String> SCHEMAS = List.of("catalogue", "registration", "test_engine", "certification");

    private LocalMariaDb() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3307;
        Path home = Path.of(args.length > 1 ? args[1] : ".run/mariadb").toAbsolutePath();
        EmbeddedMariaDb server = EmbeddedMariaDb.start(port, home.resolve("data"), home.resolve("base"));
        for (String schema : SCHEMAS) {
            String password = System.getenv().getOrDefault(schema.toUpperCase() + "_DB_PASSWORD", schema + "-local");
            server.createSchema(schema, schema, password);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "local-mariadb-stop"));
        System.out.println("MariaDB ready on 127.0.0.1:" + server.port() + " with schemas " + SCHEMAS);
        stopped.await();
    }
}
