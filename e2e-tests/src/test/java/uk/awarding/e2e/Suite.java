package uk.awarding.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/**
 * The whole suite, started once per test run exactly as {@code ./run.sh} starts it (real MariaDB, Keycloak with
 * the committed realm, the four packaged services, the nginx gateway) and stopped after the last test. It uses
 * its own state directory with an empty database, so the stories begin from a clean clone's state.
 */
public final class Suite implements BeforeAllCallback {

    public static final String GATEWAY = "http://localhost:8080";
    public static final String REALM = "http://localhost:8180/realms/awarding";

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Path STATE = Path.of(System.getProperty("suite.state.dir", "target/suite")).toAbsolutePath();

    /**
     * Stops ({@code --stop}), crashes ({@code --kill}) or starts again ({@code --start}) one part of the running suite
     * through run.sh, as an operator or a failure would; {@code --start} returns once the part is ready.
     */
    static void control(String option, String part) {
        Running.runScript(5, option, part);
    }

    /** Starts the part again unless it runs: a failed fault story must not leave the suite broken for the next. */
    static void ensureRunning(String part) {
        if (pid(part).isEmpty()) {
            control("--start", part);
        }
    }

    /** The process (group leader) run.sh started for the part, if it is alive. */
    static OptionalLong pid(String part) {
        Path file = STATE.resolve("pids").resolve(part + ".pid");
        try {
            if (!Files.exists(file)) {
                return OptionalLong.empty();
            }
            long pid = Long.parseLong(Files.readString(file).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? OptionalLong.of(pid)
                    : OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the part has logged since it last started. */
    static String log(String part) {
        try {
            return Files.readString(STATE.resolve("logs").resolve(part + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
        RestAssured.baseURI = GATEWAY;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Closed by JUnit when the root store closes, i.e. after every test class has run. */
    static final class Running implements AutoCloseable {

        private final Thread stopOnKill = new Thread(Running::stop, "suite-stop");

        private Running() {
            // A test run interrupted by Ctrl-C never closes the store; the background suite must still stop.
            Runtime.getRuntime().addShutdownHook(stopOnKill);
        }

        static Running start() {
            // The reactor packaged the services before the integration-test phase: no second build here.
            runScript(10, "--background", "--no-build", "--no-seed", "--fresh");
            return new Running();
        }

        @Override
        public void close() {
            Runtime.getRuntime().removeShutdownHook(stopOnKill);
            stop();
        }

        private static void stop() {
            runScript(2, "--stop");
        }

        private static void runScript(long timeoutMinutes, String... options) {
            List<String> command = new ArrayList<>(List.of(ROOT.resolve("run.sh").toString()));
            command.addAll(List.of(options));
            // Not inherited: the forked test JVM's stdout is failsafe's channel.
            Path log = STATE.resolve("run-sh.log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("SUITE_STATE_DIR", STATE.toString());
            // A CI machine busy with the rest of the build can need minutes for Keycloak's first start.
            builder.environment().putIfAbsent("SUITE_START_TIMEOUT", "600");
            try {
                Files.createDirectories(STATE);
                Process process = builder.start();
                if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                    process.destroy();
                    throw new IllegalStateException("run.sh " + String.join(" ", options) + " did not finish in "
                            + timeoutMinutes + " minutes; logs in " + STATE.resolve("logs"));
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("run.sh " + String.join(" ", options) + " failed with exit code "
                            + process.exitValue() + ":\n" + Files.readString(log) + "\nlogs in " + STATE.resolve("logs"));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot run " + command, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + command, e);
            }
        }
    }
}
