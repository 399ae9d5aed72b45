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
 * catalogue-service behind {@link CatalogueApi}, with timeouts, retries and a circuit breaker; when it is down, a 503
 * problem. Non-blocking for the reason {@link RegistrationClient} gives; {@link CatalogueCache} keeps its answers for a
 * while.
 */
@ApplicationScoped
public class CatalogueClient {

    /** The shape of every unit reference (L/506/2150) and AO unit code (2794-210) the catalogue publishes. */
    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]*");

    private final CatalogueApi api;

    CatalogueClient(@RestClient CatalogueApi api) {
        this.api = api;
    }

    /** The unit, or empty when the catalogue does not know it. */
    @Timeout(PeerCalls.TIMEOUT_MS)
    @Retry(maxRetries = 2, delay = 200, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreaker(requestVolumeThreshold = 20)
    @Fallback(fallbackMethod = "unitUnavailable")
    public Uni<Optional<UnitView>> unit(String unitId) {
        if (!UNIT_ID.matcher(unitId).matches()) {
            // asking would earn a 400 or 405 that counts against the circuit breaker
            return Uni.createFrom().item(Optional.empty());
        }
        return PeerAnswers.orEmptyIfNotFound(api.unit(unitId));
    }

    /** The unit's test specification, or empty when the unit is not assessed by an online test. */
    @Timeout(PeerCalls.TIMEOUT_MS)
    @Retry(maxRetries = 2, delay = 200, abortOn = { TimeoutException.class, CircuitBreakerOpenException.class })
    @CircuitBreaker(requestVolumeThreshold = 20)
    @Fallback(fallbackMethod = "specificationUnavailable")
    public Uni<Optional<TestSpecificationView>> testSpecification(String unitId) {
        if (!UNIT_ID.matcher(unitId).matches()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return PeerAnswers.orEmptyIfNotFound(api.testSpecification(unitId));
    }

    Uni<Optional<UnitView>> unitUnavailable(String unitId) {
        return Uni.createFrom().failure(unavailable());
    }

    Uni<Optional<TestSpecificationView>> specificationUnavailable(String unitId) {
        return Uni.createFrom().failure(unavailable());
    }

    private static ProblemException unavailable() {
        return ProblemException.unavailable("catalogue-unavailable", "Catalogue service unavailable",
                "The unit cannot be checked just now. Nothing was started; please try again in a minute.");
    }
}
