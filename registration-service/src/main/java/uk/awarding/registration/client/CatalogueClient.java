package uk.awarding.registration.client;

import java.util.Optional;
import java.util.regex.Pattern;

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
 * catalogue-service as this service needs it, behind {@link CatalogueApi}. Connect and read timeouts are set on
 * the REST client; a failed call is retried briefly, repeated failures open the circuit so a struggling
 * catalogue is not hammered, and whatever still fails becomes a 503 {@code catalogue-unavailable} before
 * anything is written. An open circuit is not retried: it refuses every attempt until its delay is over.
 */
@ApplicationScoped
public class CatalogueClient {

    /** The shape of a catalogue qualification id (a URL-safe slug such as cg-2794-02). */
    public static final String QUALIFICATION_ID = "[a-z0-9][a-z0-9-]*";
    private static final Pattern QUALIFICATION_ID_SHAPE = Pattern.compile(QUALIFICATION_ID);

    private static final Logger LOG = Logger.getLogger(CatalogueClient.class);

    private final CatalogueApi api;

    public CatalogueClient(@RestClient CatalogueApi api) {
        this.api = api;
    }

    /** The qualification, or empty when the catalogue has no qualification with that id. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<CatalogueQualification> qualification(String qualificationId) {
        // No catalogue has such an id: asking would only earn a 400 that counts against the circuit breaker.
        if (!QUALIFICATION_ID_SHAPE.matcher(qualificationId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(api.qualification(qualificationId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<CatalogueQualification> unavailable(String qualificationId, Throwable cause) {
        LOG.warnf("catalogue-service did not answer for qualification %s: %s", qualificationId, cause.toString());
        throw ProblemException.unavailable("catalogue-unavailable", "The qualification catalogue is unavailable",
                "catalogue-service could not be reached to check the qualification; nothing was changed. Retry later.");
    }
}
