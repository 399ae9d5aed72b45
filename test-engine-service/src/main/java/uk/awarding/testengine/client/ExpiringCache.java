package uk.awarding.testengine.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * A peer's answers kept for a fixed time after they were fetched, so a thousand candidates starting the same unit
 * ask the peer once rather than a thousand times: while one fetch of a key is under way, every other caller gets its
 * answer too. Only answers that exist are kept: a "not found" or a failure is asked again next time. A zero time to
 * live keeps nothing.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final ConcurrentMap<K, Uni<Optional<V>>> fetching = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public ExpiringCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The kept answer for {@code key} while it is fresh, else what {@code fetch} answers now (kept if present). */
    public Uni<Optional<V>> get(K key, Supplier<Uni<Optional<V>>> fetch) {
        Entry<V> kept = entries.get(key);
        if (kept != null && clock.instant().isBefore(kept.expires())) {
            return Uni.createFrom().item(Optional.of(kept.value()));
        }
        return fetching.computeIfAbsent(key, k -> Uni.createFrom().<Optional<V>>deferred(fetch::get)
                .invoke(fresh -> fresh.ifPresent(value -> keep(k, value)))
                .onTermination().invoke(() -> fetching.remove(k))
                .memoize().indefinitely());
    }

    private void keep(K key, V value) {
        if (!timeToLive.isZero() && !timeToLive.isNegative()) {
            entries.put(key, new Entry<>(value, clock.instant().plus(timeToLive)));
        }
    }
}
