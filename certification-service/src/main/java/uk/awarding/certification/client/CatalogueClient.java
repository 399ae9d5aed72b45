package uk.awarding.certification.client;

import java.util.List;
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
 * catalogue-service as certification needs it, guarding {@link CatalogueApi}. Connect and read timeouts are set on
 * the REST client; a failed call is retried briefly, repeated failures open the circuit, a call the open circuit
 * refuses is not retried (it would only be refused again), and whatever still fails becomes a 503
 * {@code catalogue-unavailable} before anything is written.
 */
@ApplicationScoped
public class CatalogueClient {

    private static final Logger LOG = Logger.getLogger(CatalogueClient.class);

    private final CatalogueApi api;

    public CatalogueClient(@RestClient CatalogueApi api) {
        this.api = api;
    }

    /** The qualification, or empty when the catalogue has no qualification with that id. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "qualificationUnavailable")
    public Optional<QualificationView> qualification(String qualificationId) {
        try {
            return Optional.of(api.qualification(qualificationId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether the passed units meet the qualification's rules of combination, and if not, what is missing. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "achievementUnavailable")
    public AchievementView achievement(String qualificationId, List<String> unitIds) {
        return api.achievement(qualificationId, new AchievementRequest(unitIds));
    }

    Optional<QualificationView> qualificationUnavailable(String qualificationId, Throwable cause) {
        throw unavailable("qualification " + qualificationId, cause);
    }

    AchievementView achievementUnavailable(String qualificationId, List<String> unitIds, Throwable cause) {
        throw unavailable("achievement of " + qualificationId, cause);
    }

    private static ProblemException unavailable(String what, Throwable cause) {
        LOG.warnf("catalogue-service did not answer for %s: %s", what, cause.toString());
        return ProblemException.unavailable("catalogue-unavailable", "The qualification catalogue is unavailable",
                "catalogue-service could not be reached; nothing was changed. Retry later.");
    }
}
