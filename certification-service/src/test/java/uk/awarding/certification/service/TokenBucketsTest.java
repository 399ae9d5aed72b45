package uk.awarding.certification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(0);
    private final TokenBuckets buckets = new TokenBuckets(3, 6, now::get); // a token every 10 s

    @Test
    void allowsABurstThenRefusesWithTheWaitInSeconds() {
        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), buckets.take("203.0.113.1"));
        }
        assertEquals(OptionalLong.of(10), buckets.take("203.0.113.1"));
        now.addAndGet(4 * SECOND);
        assertEquals(OptionalLong.of(6), buckets.take("203.0.113.1"));
    }

    @Test
    void refillsAtTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            buckets.take("203.0.113.1");
        }
        now.addAndGet(10 * SECOND);
        assertEquals(OptionalLong.empty(), buckets.take("203.0.113.1"));
        assertEquals(OptionalLong.of(10), buckets.take("203.0.113.1"));
    }

    @Test
    void neverHoldsMoreThanTheBurst() {
        now.addAndGet(3600 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), buckets.take("203.0.113.1"));
        }
        assertEquals(OptionalLong.of(10), buckets.take("203.0.113.1"));
    }

    @Test
    void keepsOneBucketPerAddress() {
        for (int i = 0; i < 3; i++) {
            buckets.take("203.0.113.1");
        }
        assertEquals(OptionalLong.empty(), buckets.take("203.0.113.2"));
    }

    @Test
    void forgetsTheLeastRecentlySeenAddressBeyondTheLimit() {
        for (int i = 0; i < 3; i++) {
            buckets.take("203.0.113.1");
        }
        for (int i = 0; i < TokenBuckets.MAX_ADDRESSES; i++) {
            buckets.take("10.0." + (i / 256) + "." + (i % 256));
        }
        assertEquals(OptionalLong.empty(), buckets.take("203.0.113.1"));
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 5, now::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(5, 0, now::get));
    }
}
