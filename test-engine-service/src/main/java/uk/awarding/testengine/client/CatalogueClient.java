package uk.awarding.testengine.client;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.ApplyGuard;
import io.smallrye.mutiny.Uni;
import uk.awarding.platform.peer.PeerAnswers;
import uk.awarding.platform.peer.PeerClient;
import uk.awarding.platform.peer.PeerGuards;

/**
 * catalogue-service behind {@link CatalogueApi} and the platform's peer guard; down, it is a 503
 * {@code catalogue-unavailable}. Non-blocking for the reason {@link RegistrationClient} gives; {@link CatalogueCache}
 * keeps its answers for a while.
 */
@ApplicationScoped
@ApplyGuard(PeerGuards.CATALOGUE)
@PeerClient
public class CatalogueClient {

    /** The shape of every unit reference (L/506/2150) and AO unit code (2794-210) the catalogue publishes. */
    private static final Pattern UNIT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]*");

    private final CatalogueApi api;

    CatalogueClient(@RestClient CatalogueApi api) {
        this.api = api;
    }

    /** The unit, or empty when the catalogue does not know it. */
    public Uni<Optional<UnitView>> unit(String unitId) {
        if (!UNIT_ID.matcher(unitId).matches()) {
            // asking would earn a 400 or 405 that counts against the circuit breaker
            return Uni.createFrom().item(Optional.empty());
        }
        return PeerAnswers.orEmptyIfNotFound(api.unit(unitId));
    }

    /** The unit's test specification, or empty when the unit is not assessed by an online test. */
    public Uni<Optional<TestSpecificationView>> testSpecification(String unitId) {
        if (!UNIT_ID.matcher(unitId).matches()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return PeerAnswers.orEmptyIfNotFound(api.testSpecification(unitId));
    }
}
