package uk.awarding.testengine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import uk.awarding.testengine.TestClock;

class ExpiringCacheTest {

    private final TestClock clock = new TestClock();
    private final AtomicInteger asked = new AtomicInteger();

    private Optional<String> peer(String answer) {
        asked.incrementAndGet();
        return Optional.ofNullable(answer);
    }

    @Test
    void anAnswerIsReusedUntilItsTimeToLiveHasPassed() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), clock);

        assertEquals(Optional.of("v1"), cache.get("2794-210", () -> peer("v1")));
        clock.advance(Duration.ofSeconds(59));
        assertEquals(Optional.of("v1"), cache.get("2794-210", () -> peer("v2")));
        assertEquals(1, asked.get());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.of("v2"), cache.get("2794-210", () -> peer("v2")));
        assertEquals(2, asked.get());
    }

    @Test
    void keysAreKeptApart() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), clock);

        cache.get("2794-210", () -> peer("unit 210"));

        assertEquals(Optional.of("unit 211"), cache.get("2794-211", () -> peer("unit 211")));
        assertEquals(2, asked.get());
    }

    @Test
    void anAbsentAnswerIsAskedAgainNextTime() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), clock);

        assertEquals(Optional.empty(), cache.get("2794-999", () -> peer(null)));
        assertEquals(Optional.of("now published"), cache.get("2794-999", () -> peer("now published")));
        assertEquals(2, asked.get());
    }

    @Test
    void aFailureIsNotKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), clock);
        assertThrows(IllegalStateException.class, () -> cache.get("2794-210", () -> {
            throw new IllegalStateException("catalogue-service down");
        }));

        assertEquals(Optional.of("back"), cache.get("2794-210", () -> peer("back")));
    }

    @Test
    void aZeroTimeToLiveAsksEveryTime() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ZERO, clock);

        cache.get("2794-210", () -> peer("v1"));
        cache.get("2794-210", () -> peer("v1"));

        assertEquals(2, asked.get());
    }
}
