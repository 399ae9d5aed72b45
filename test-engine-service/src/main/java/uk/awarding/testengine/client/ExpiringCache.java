package uk.awarding.testengine.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * A peer's answers kept for a fixed time after they were fetched, so a thousand candidates starting the same unit
 * ask the peer once rather than a thousand times. Only answers that exist are kept: a "not found" or a failure is
 * asked again next time. A zero time to live keeps nothing.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public ExpiringCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The kept answer for {@code key} while it is fresh, else what {@code fetch} answers now (kept if present). */
    public Optional<V> get(K key, Supplier<Optional<V>> fetch) {
        Instant now = clock.instant();
        Entry<V> kept = entries.get(key);
        if (kept != null && now.isBefore(kept.expires())) {
            return Optional.of(kept.value());
        }
        Optional<V> fresh = fetch.get();
        if (fresh.isPresent() && !timeToLive.isZero() && !timeToLive.isNegative()) {
            entries.put(key, new Entry<>(fresh.get(), now.plus(timeToLive)));
        }
        return fresh;
    }
}
