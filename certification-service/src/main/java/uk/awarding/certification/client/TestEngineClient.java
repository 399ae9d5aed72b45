package uk.awarding.certification.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import uk.awarding.platform.problem.ProblemException;

/**
 * test-engine-service as certification needs it, guarding {@link TestEngineApi}. Connect and read timeouts are set on
 * the REST client; a failed call is retried briefly, repeated failures open the circuit, a call the open circuit
 * refuses is not retried (it would only be refused again), and whatever still fails becomes a 503
 * {@code test-engine-unavailable} before anything is written.
 */
@ApplicationScoped
public class TestEngineClient {

    private static final Logger LOG = Logger.getLogger(TestEngineClient.class);

    private final TestEngineApi api;

    public TestEngineClient(@RestClient TestEngineApi api) {
        this.api = api;
    }

    /** The marked sitting's result, or empty when the test engine has no marked sitting with that id. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "unitResultUnavailable")
    public Optional<SittingResultView> unitResult(String sittingId) {
        try {
            return Optional.of(api.unitResult(sittingId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<SittingResultView> unitResultUnavailable(String sittingId, Throwable cause) {
        LOG.warnf("test-engine-service did not answer for sitting %s: %s", sittingId, cause.toString());
        throw ProblemException.unavailable("test-engine-unavailable", "The test engine is unavailable",
                "test-engine-service could not be reached; nothing was changed. Retry later.");
    }
}
