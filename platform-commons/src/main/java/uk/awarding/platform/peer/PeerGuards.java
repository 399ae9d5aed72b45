package uk.awarding.platform.peer;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;

/**
 * The one policy for calls to a peer service: a SmallRye Fault Tolerance {@link Guard} per peer, which a peer's
 * client applies with {@code @ApplyGuard(PeerGuards.CATALOGUE)} beside {@link PeerClient}. Each peer has one circuit
 * breaker, named after it and shared by every call to it: a peer found failing by one call is spared by all.
 * <ul>
 * <li>An attempt has 5 s. One that times out is not retried: the peer, or the queue for a connection to it, is slow,
 * and another attempt would only lengthen that queue.</li>
 * <li>Any other failure is retried twice, 200 ms apart (plus up to 100 ms of jitter).</li>
 * <li>When half of the last 10 attempts failed, the breaker opens for 10 s and refuses every call at once. A call it
 * refuses is not retried: it would only be refused again.</li>
 * </ul>
 * A service tunes these per peer with SmallRye Fault Tolerance's keys for the guard's identifier, e.g.
 * {@code quarkus.fault-tolerance."catalogue".timeout.value=10000}, or for every peer with
 * {@code quarkus.fault-tolerance.global.*}.
 */
@Dependent
public class PeerGuards {

    public static final String CATALOGUE = "catalogue";
    public static final String REGISTRATION = "registration";
    public static final String CERTIFICATION = "certification";
    public static final String TEST_ENGINE = "test-engine";

    private static final Logger LOG = Logger.getLogger(PeerGuards.class);

    // Singleton, never a client proxy: @ApplyGuard needs the Guard object itself, and one per peer keeps one breaker.
    @Produces
    @Singleton
    @Identifier(CATALOGUE)
    static Guard catalogue() {
        return policy(CATALOGUE);
    }

    @Produces
    @Singleton
    @Identifier(REGISTRATION)
    static Guard registration() {
        return policy(REGISTRATION);
    }

    @Produces
    @Singleton
    @Identifier(CERTIFICATION)
    static Guard certification() {
        return policy(CERTIFICATION);
    }

    @Produces
    @Singleton
    @Identifier(TEST_ENGINE)
    static Guard testEngine() {
        return policy(TEST_ENGINE);
    }

    // Every duration in milliseconds: a key such as timeout.value overrides the number and keeps this unit.
    static Guard policy(String peer) {
        return Guard.create().withDescription(peer + "-service")
                .withTimeout().duration(5_000, ChronoUnit.MILLIS).done()
                .withRetry().maxRetries(2).delay(200, ChronoUnit.MILLIS).jitter(100, ChronoUnit.MILLIS)
                .abortOn(List.of(TimeoutException.class, CircuitBreakerOpenException.class)).done()
                .withCircuitBreaker().name(peer).requestVolumeThreshold(10).failureRatio(0.5)
                .delay(10_000, ChronoUnit.MILLIS)
                .onStateChange(state -> LOG.warnf("Circuit breaker of %s-service is now %s", peer, state))
                .done()
                .build();
    }
}
