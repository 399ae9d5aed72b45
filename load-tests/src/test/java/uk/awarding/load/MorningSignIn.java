package uk.awarding.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

/**
 * The sign-ins that open an exam morning: {@code signin.users} candidates of group {@code morning} (default: all of
 * them) arrive at an even rate over {@code signin.window} seconds (600: the ten minutes before the session opens) and
 * sign in as the browser does, by the candidate pages' authorization code flow with PKCE: the start page through the
 * gateway sends them to Keycloak's login form, they post their password (hashed by the realm's own policy, see
 * {@link Seed}), Keycloak sends them back with a code, which test-engine-service exchanges for their tokens before it
 * shows the start page. Redirects and cookies are followed as a browser follows them.
 * <p>
 * Measures, for the sign-in alone (the login form's display and the post to the start page, not the time a candidate
 * takes to type): Keycloak's, the gateway's and test-engine-service's CPU in the window ({@link CpuWindow},
 * {@code morning-window.txt}) and each sign-in's latency ({@code signin.latencies}, one line per sign-in:
 * {@code <ms> OK|KO}), which {@link Report} turns into CPU per sign-in and percentiles.
 */
public class MorningSignIn extends Simulation {

    private final CpuWindow cpu = new CpuWindow("morning", List.of("keycloak", "gateway", "test-engine-service"));
    private final Queue<String> latencies = new ConcurrentLinkedQueue<>();

    {
        List<Candidate> seeded;
        try {
            seeded = Candidate.read(Path.of(System.getProperty("morning.candidates", "target/benchmark/morning.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int users = Integer.getInteger("signin.users", seeded.size());
        Duration window = Duration.ofSeconds(Long.getLong("signin.window", 600));
        Duration typingMin = Duration.ofSeconds(Long.getLong("signin.typingMinSeconds", 3));
        Duration typingMax = Duration.ofSeconds(Long.getLong("signin.typingMaxSeconds", 10));
        List<Map<String, Object>> records = seeded.subList(0, users).stream()
                .map(c -> Map.<String, Object>of("username", c.username())).toList();
        ScenarioBuilder morning = scenario("morning sign-in").feed(listFeeder(records).queue())
                .exec(session -> {
                    cpu.open();
                    return session.set("shown", System.nanoTime());
                })
                .exec(http("start page, to the login form").get(Suite.GATEWAY + "/test-engine/")
                        .check(status().is(200), currentLocation().saveAs("loginPage"),
                                css("form#kc-form-login", "action").saveAs("loginAction")))
                .exec(session -> session.set("formMillis", millisSince(session, "shown")))
                .pause(typingMin, typingMax)
                .exec(session -> session.set("posted", System.nanoTime()))
                .exec(http("login, code exchange, start page").post("#{loginAction}")
                        .header("Referer", "#{loginPage}")
                        .formParam("username", "#{username}")
                        .formParam("password", Candidate.PASSWORD)
                        .formParam("credentialId", "")
                        .check(status().is(200), substring("Your online tests"), substring("class=\"offer\"")))
                .exec(session -> {
                    long millis = session.getLong("formMillis") + millisSince(session, "posted");
                    latencies.add(millis + (session.isFailed() ? " KO" : " OK"));
                    return session;
                });
        setUp(morning.injectOpen(rampUsers(users).during(window))).protocols(http.disableCaching())
                .maxDuration(window.plusMinutes(3));
    }

    private static long millisSince(Session session, String attribute) {
        return (System.nanoTime() - session.getLong(attribute)) / 1_000_000;
    }

    @Override
    public void after() {
        cpu.close();
        try {
            Path file = Path.of(System.getProperty("signin.latencies", "target/benchmark/morning-latencies.txt"));
            Files.createDirectories(file.getParent());
            Files.write(file, Arrays.asList(latencies.toArray(String[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
