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
 * registration-service as certification needs it, guarding {@link RegistrationApi}: who the learner is and which
 * centre owns the registration. Same failure policy as {@link CatalogueClient}: 503 {@code registration-unavailable},
 * nothing written.
 */
@ApplicationScoped
public class RegistrationClient {

    private static final Logger LOG = Logger.getLogger(RegistrationClient.class);

    private final RegistrationApi api;

    public RegistrationClient(@RestClient RegistrationApi api) {
        this.api = api;
    }

    /** The registration, or empty when registration-service has none with that id. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<RegistrationView> registration(String registrationId) {
        try {
            return Optional.of(api.registration(registrationId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<RegistrationView> unavailable(String registrationId, Throwable cause) {
        LOG.warnf("registration-service did not answer for registration %s: %s", registrationId, cause.toString());
        throw ProblemException.unavailable("registration-unavailable", "The registration service is unavailable",
                "registration-service could not be reached to check the registration; nothing was changed. Retry later.");
    }
}
