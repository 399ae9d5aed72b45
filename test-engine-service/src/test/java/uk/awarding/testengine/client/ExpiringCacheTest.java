package uk.awarding.testengine.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import uk.awarding.testengine.TestClock;

class ExpiringCacheTest {

    private final TestClock clock = new TestClock();
    private final AtomicInteger asked = new AtomicInteger();

    private Uni<Optional<String>> peer(String answer) {
        asked.incrementAndGet();
        return Uni.createFrom().item(Optional.ofNullable(answer));
    }

    private static Optional<String> now(Uni<Optional<String>> answer) {
        return answer.await().atMost(Duration.ofSeconds(1));
    }

    @Test
    void anAnswerIsReusedUntilItsTimeToLiveHasPassed() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), clock);

        assertEquals(Optional.of("v1"), now(cache.get("2794-210", () -> peer("v1"))));
        clock.advance(Duration.ofSeconds(59));
        assertEquals(Optional.of("v1"), now(cache.get("2794-210", () -> peer("v2"))));
        assertEquals(1, asked.get());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.of("v2"), now(cache.get("2794-210", () -> peer("v2"))));
        assertEquals(2, asked.get());
    }

    @Test
    void callersWhileTheAnswerIsComingShareOneQuestion() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), clock);
        UniEmitter<? super Optional<String>>[] peerAnswers = new UniEmitter[1];
        Uni<Optional<String>> first = cache.get("2794-210", () -> {
            asked.incrementAndGet();
            return Uni.createFrom().emitter(emitter -> peerAnswers[0] = emitter);
        });
        first.subscribe().with(answer -> { });
        Uni<Optional<String>> second = cache.get("2794-210", () -> peer("asked again"));

        peerAnswers[0].complete(Optional.of("v1"));

        assertEquals(Optional.of("v1"), now(second));
        assertEquals(1, asked.get());
    }

    @Test
    void keysAreKeptApart() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), clock);

        now(cache.get("2794-210", () -> peer("unit 210")));

        assertEquals(Optional.of("unit 211"), now(cache.get("2794-211", () -> peer("unit 211"))));
        assertEquals(2, asked.get());
    }

    @Test
    void anAbsentAnswerIsAskedAgainNextTime() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), clock);

        assertEquals(Optional.empty(), now(cache.get("2794-999", () -> peer(null))));
        assertEquals(Optional.of("now published"), now(cache.get("2794-999", () -> peer("now published"))));
        assertEquals(2, asked.get());
    }

    @Test
    void aFailureIsNotKept() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(60), clock);
        assertThrows(IllegalStateException.class, () -> now(cache.get("2794-210",
                () -> Uni.createFrom().failure(new IllegalStateException("catalogue-service down")))));

        assertEquals(Optional.of("back"), now(cache.get("2794-210", () -> peer("back"))));
    }

    @Test
    void aZeroTimeToLiveAsksEveryTime() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ZERO, clock);

        now(cache.get("2794-210", () -> peer("v1")));
        now(cache.get("2794-210", () -> peer("v1")));

        assertEquals(2, asked.get());
    }
}
