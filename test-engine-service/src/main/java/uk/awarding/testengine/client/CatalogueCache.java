package uk.awarding.testengine.client;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import uk.awarding.testengine.config.TestEngineConfig;

/**
 * catalogue-service's units and test specifications, kept for {@code test-engine.catalogue-cache-ttl}: every candidate
 * of an exam starts the same unit at the same minute, so the catalogue is asked once per unit, not a thousand times.
 */
@ApplicationScoped
public class CatalogueCache {

    private final CatalogueClient catalogue;
    private final ExpiringCache<String, UnitView> units;
    private final ExpiringCache<String, TestSpecificationView> specifications;

    CatalogueCache(CatalogueClient catalogue, TestEngineConfig config, Clock clock) {
        this.catalogue = catalogue;
        this.units = new ExpiringCache<>(config.catalogueCacheTtl(), clock);
        this.specifications = new ExpiringCache<>(config.catalogueCacheTtl(), clock);
    }

    public Uni<Optional<UnitView>> unit(String unitId) {
        return units.get(unitId, () -> catalogue.unit(unitId));
    }

    public Uni<Optional<TestSpecificationView>> testSpecification(String unitId) {
        return specifications.get(unitId, () -> catalogue.testSpecification(unitId));
    }
}
