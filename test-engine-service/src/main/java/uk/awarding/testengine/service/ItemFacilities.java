package uk.awarding.testengine.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.repository.ItemRepository;

/**
 * The facilities that balance a unit's forms (item version id to facility, versions with at least
 * {@code test-engine.statistics.min-responses} responses only, the same minimum that item statistics flag from), read by one aggregate query and reused for
 * {@code test-engine.assembly.facilities-max-age}. Read outside a start's transaction: while one caller reads them
 * again, the others go on with the previous ones, so only the first start of a unit ever waits for the query. A
 * failed read leaves forms unbalanced rather than failing the start.
 */
@ApplicationScoped
public class ItemFacilities {

    private static final Logger LOG = Logger.getLogger(ItemFacilities.class);

    private record Snapshot(Map<Long, Double> facilities, Instant readAt) {
    }

    private final ItemRepository items;
    private final TestEngineConfig config;
    private final Clock clock;
    private final ConcurrentMap<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ReentrantLock> reading = new ConcurrentHashMap<>();

    ItemFacilities(ItemRepository items, TestEngineConfig config, Clock clock) {
        this.items = items;
        this.config = config;
        this.clock = clock;
    }

    /** The facilities of the unit's item versions (by AO unit code, e.g. 2794-210). */
    public Map<Long, Double> of(String unit) {
        Snapshot kept = snapshots.get(unit);
        if (fresh(kept)) {
            return kept.facilities();
        }
        ReentrantLock lock = reading.computeIfAbsent(unit, u -> new ReentrantLock());
        if (kept != null && !lock.tryLock()) {
            return kept.facilities();
        } else if (kept == null) {
            lock.lock();
        }
        try {
            Snapshot latest = snapshots.get(unit);
            if (fresh(latest)) {
                return latest.facilities();
            }
            Map<Long, Double> read = QuarkusTransaction.requiringNew()
                    .call(() -> items.facilities(unit, config.statistics().minResponses()));
            snapshots.put(unit, new Snapshot(Map.copyOf(read), clock.instant()));
            return read;
        } catch (RuntimeException e) {
            LOG.warnf(e, "Item facilities of unit %s could not be read; forms are drawn without balancing", unit);
            return kept == null ? Map.of() : kept.facilities();
        } finally {
            lock.unlock();
        }
    }

    private boolean fresh(Snapshot snapshot) {
        return snapshot != null && clock.instant().isBefore(snapshot.readAt().plus(config.assembly().facilitiesMaxAge()));
    }
}
