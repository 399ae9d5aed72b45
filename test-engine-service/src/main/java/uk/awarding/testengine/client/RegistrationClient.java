package uk.awarding.testengine.client;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.mutiny.Uni;
import uk.awarding.platform.problem.ProblemException;

/**
 * registration-service behind {@link RegistrationApi}, with timeouts, retries and a circuit breaker; when it is down, a
 * 503 problem.
 * <p>
 * Non-blocking on purpose. The Quarkus REST client finishes some calls on a worker thread (a response that arrives
 * early, an error status, an access token renewed on the way). A worker thread blocked waiting for such a call then
 * waits for another worker thread: when exam day's simultaneous starts made every worker wait at once, none was left
 * and the service stopped answering for good (load-tests/RESULTS.md, "the start stall"). Requests that call a peer
 * therefore wait for it without holding a worker thread, and use one only for their database work.
 */
@ApplicationScoped
public class RegistrationClient {

    /** registration-service's ids (UUIDs) are letters, digits and hyphens. */
    private static final Pattern REGISTRATION_ID = Pattern.compile("[A-Za-z0-9-]+");

    private final RegistrationApi api;

    RegistrationClient(@RestClient RegistrationApi api) {
        this.api = api;
    }

    /** The registration, or empty when registration-service does not know it. */
    @Timeout(PeerCalls.TIMEOUT_MS)
    @Retry(maxRetries = 2, delay = 200, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreaker(requestVolumeThreshold = 20)
    @Fallback(fallbackMethod = "unavailable")
    public Uni<Optional<RegistrationView>> find(String registrationId) {
        if (!REGISTRATION_ID.matcher(registrationId).matches()) {
            // asking would earn a 400 or 405 that counts against the circuit breaker
            return Uni.createFrom().item(Optional.empty());
        }
        return PeerAnswers.orEmptyIfNotFound(api.get(registrationId));
    }

    Uni<Optional<RegistrationView>> unavailable(String registrationId) {
        return Uni.createFrom().failure(ProblemException.unavailable("registration-unavailable",
                "Registration service unavailable",
                "Your registration cannot be checked just now. Nothing was started; please try again in a minute."));
    }
}
