package uk.awarding.testengine.client;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;

/**
 * catalogue-service's units and test specifications, kept for {@code test-engine.catalogue-cache-ttl} after they were
 * fetched: every candidate of an exam starts the same unit at the same minute, so the catalogue is asked once per unit,
 * not a thousand times (callers that come while it is being asked share that one question). Only what the catalogue
 * has is kept: a "not found" or a failure is asked again next time, so a unit published a moment later can be started
 * at once.
 */
@ApplicationScoped
public class CatalogueCache {

    /** Carries a "not found" through the cache, which keeps no failure. */
    private static final class NotFound extends RuntimeException {
        NotFound() {
            super(null, null, false, false);
        }
    }

    private final CatalogueClient catalogue;
    private final Cache units;
    private final Cache specifications;

    CatalogueCache(CatalogueClient catalogue, @CacheName("catalogue-units") Cache units,
            @CacheName("catalogue-test-specifications") Cache specifications) {
        this.catalogue = catalogue;
        this.units = units;
        this.specifications = specifications;
    }

    public Uni<Optional<UnitView>> unit(String unitId) {
        return present(units, unitId, catalogue::unit);
    }

    public Uni<Optional<TestSpecificationView>> testSpecification(String unitId) {
        return present(specifications, unitId, catalogue::testSpecification);
    }

    private static <V> Uni<Optional<V>> present(Cache cache, String unitId, Function<String, Uni<Optional<V>>> fetch) {
        return cache.<String, V>getAsync(unitId, id -> fetch.apply(id).map(found -> found.orElseThrow(NotFound::new)))
                .map(Optional::of).onFailure(NotFound.class).recoverWithItem(Optional.empty());
    }
}
