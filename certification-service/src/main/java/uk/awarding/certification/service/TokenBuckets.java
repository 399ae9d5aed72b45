package uk.awarding.certification.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Rate limiting per client address: each address has a bucket of {@code burst} tokens that refills at
 * {@code perMinute} tokens a minute; a request takes one. Only the most recently seen addresses are kept, so a
 * flood of addresses cannot exhaust memory (an evicted address simply starts with a full bucket again).
 */
public final class TokenBuckets {

    static final int MAX_ADDRESSES = 10_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int burst;
    private final long nanosPerToken;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    public TokenBuckets(int burst, int perMinute, LongSupplier nanoTime) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("burst and perMinute must be at least 1");
        }
        this.burst = burst;
        this.nanosPerToken = NANOS_PER_MINUTE / perMinute;
        this.nanoTime = nanoTime;
    }

    /** Empty when the request may go ahead, else the whole seconds until the address has a token again. */
    public synchronized OptionalLong take(String address) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(burst * nanosPerToken, now));
        bucket.credit = Math.min(burst * nanosPerToken, bucket.credit + (now - bucket.updatedAt));
        bucket.updatedAt = now;
        if (bucket.credit >= nanosPerToken) {
            bucket.credit -= nanosPerToken;
            return OptionalLong.empty();
        }
        long waitNanos = nanosPerToken - bucket.credit;
        return OptionalLong.of((waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    /** Credit is kept in nanoseconds of refill time, so refilling needs no rounding. */
    private static final class Bucket {
        long credit;
        long updatedAt;

        Bucket(long credit, long updatedAt) {
            this.credit = credit;
            this.updatedAt = updatedAt;
        }
    }
}
