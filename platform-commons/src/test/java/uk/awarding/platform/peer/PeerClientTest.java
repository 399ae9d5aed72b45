package uk.awarding.platform.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.mutiny.Uni;
import uk.awarding.platform.problem.ProblemException;

/** The peer-call kit on two scripted peers, tuned in this module's test configuration. */
@QuarkusTest
class PeerClientTest {

    /** A peer whose every attempt does what the test scripted, counted. */
    static class ScriptedPeer {
        final AtomicInteger attempts = new AtomicInteger();
        volatile Supplier<String> script;

        String attempt() {
            attempts.incrementAndGet();
            return script.get();
        }
    }

    static final ScriptedPeer CATALOGUE = new ScriptedPeer();
    static final ScriptedPeer REGISTRATION = new ScriptedPeer();

    @ApplicationScoped
    @ApplyGuard(PeerGuards.CATALOGUE)
    @PeerClient
    static class CatalogueClient {
        public Optional<String> find() {
            return PeerAnswers.orEmptyIfNotFound(CATALOGUE::attempt);
        }

        public Uni<Optional<String>> findLater() {
            return PeerAnswers.orEmptyIfNotFound(Uni.createFrom().item(CATALOGUE::attempt));
        }
    }

    @ApplicationScoped
    @ApplyGuard(PeerGuards.REGISTRATION)
    @PeerClient
    static class RegistrationClient {
        public Optional<String> find() {
            return PeerAnswers.orEmptyIfNotFound(REGISTRATION::attempt);
        }
    }

    @Inject
    CatalogueClient catalogue;

    @Inject
    RegistrationClient registration;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void countFromZero() {
        CATALOGUE.attempts.set(0);
        REGISTRATION.attempts.set(0);
    }

    @AfterEach
    void peersRecover() {
        breakers.resetAll();
    }

    private static String status(int status) {
        throw new WebApplicationException(status);
    }

    @Test
    void anAnswerIsPresent() {
        CATALOGUE.script = () -> "cg-2794-02";
        assertEquals(Optional.of("cg-2794-02"), catalogue.find());
        assertEquals(Optional.of("cg-2794-02"), catalogue.findLater().await().atMost(Duration.ofSeconds(5)));
    }

    @Test
    void notFoundIsEmptyAndNotRetried() {
        CATALOGUE.script = () -> status(404);

        assertEquals(Optional.empty(), catalogue.find());
        assertEquals(Optional.empty(), catalogue.findLater().await().atMost(Duration.ofSeconds(5)));
        assertEquals(2, CATALOGUE.attempts.get());
    }

    @Test
    void aFailureIsRetriedTwiceThenIsA503NamedAfterThePeer() {
        CATALOGUE.script = () -> status(500);

        assertUnavailable("catalogue", () -> catalogue.find());
        assertEquals(3, CATALOGUE.attempts.get());
        assertUnavailable("catalogue", () -> catalogue.findLater().await().atMost(Duration.ofSeconds(5)));
        assertEquals(6, CATALOGUE.attempts.get());
    }

    @Test
    void aTransientFailureIsRetried() {
        AtomicInteger calls = new AtomicInteger();
        CATALOGUE.script = () -> calls.incrementAndGet() == 1 ? status(503) : "cg-2794-02";

        assertEquals(Optional.of("cg-2794-02"), catalogue.find());
    }

    @Test
    void aTimedOutCallIsNotRetried() {
        CATALOGUE.script = () -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "too late";
        };

        assertUnavailable("catalogue", () -> catalogue.find());
        assertEquals(1, CATALOGUE.attempts.get());
    }

    @Test
    void aCallTheOpenBreakerRefusesIsNotRetried() {
        REGISTRATION.script = () -> status(500);
        // The first failure opens the breaker; the retry after it is refused and not retried again.
        assertUnavailable("registration", () -> registration.find());
        assertEquals(1, REGISTRATION.attempts.get());

        REGISTRATION.script = () -> "asked while open";
        long started = System.nanoTime();
        assertUnavailable("registration", () -> registration.find());
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertEquals(1, REGISTRATION.attempts.get(), "the open breaker lets no call through");
        assertTrue(tookMs < 500, "refused at once, not after the 1 s retry delay: " + tookMs + " ms");
    }

    private static void assertUnavailable(String peer, Runnable call) {
        ProblemException problem = assertThrows(ProblemException.class, call::run);
        assertEquals(503, problem.status());
        assertEquals(peer + "-unavailable", problem.type());
        assertTrue(problem.detail().contains("try again"), problem.detail());
    }
}
