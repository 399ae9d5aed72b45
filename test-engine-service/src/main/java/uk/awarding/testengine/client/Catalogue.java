package uk.awarding.testengine.client;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import uk.awarding.platform.problem.ProblemException;

/** catalogue-service behind timeouts, retries and a circuit breaker; when it is down, a 503 problem. */
@ApplicationScoped
public class Catalogue {

    /** The shape of every unit reference (L/506/2150) and AO unit code (2794-210) the catalogue publishes. */
    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]*");

    private final CatalogueClient client;

    Catalogue(@RestClient CatalogueClient client) {
        this.client = client;
    }

    /** The unit, or empty when the catalogue does not know it. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20)
    @Fallback(fallbackMethod = "unitUnavailable")
    public Optional<UnitView> unit(String unitId) {
        if (!UNIT_ID.matcher(unitId).matches()) {
            return Optional.empty(); // asking would earn a 400 or 405 that counts against the circuit breaker
        }
        return orEmptyIfNotFound(() -> client.unit(unitId));
    }

    /** The unit's test specification, or empty when the unit is not assessed by an online test. */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 20)
    @Fallback(fallbackMethod = "specificationUnavailable")
    public Optional<TestSpecificationView> testSpecification(String unitId) {
        if (!UNIT_ID.matcher(unitId).matches()) {
            return Optional.empty();
        }
        return orEmptyIfNotFound(() -> client.testSpecification(unitId));
    }

    Optional<UnitView> unitUnavailable(String unitId) {
        throw unavailable();
    }

    Optional<TestSpecificationView> specificationUnavailable(String unitId) {
        throw unavailable();
    }

    private static ProblemException unavailable() {
        return ProblemException.unavailable("catalogue-unavailable", "Catalogue service unavailable",
                "The unit cannot be checked just now. Nothing was started; please try again in a minute.");
    }

    private static <T> Optional<T> orEmptyIfNotFound(java.util.function.Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
