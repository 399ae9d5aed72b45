package uk.awarding.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    private static final Duration BASE = Duration.ofSeconds(5);
    private static final Duration MAX = Duration.ofSeconds(30);
    private static final Instant NOW = Instant.parse("2027-01-20T16:05:00Z");

    static class Message extends OutboxEntry {
        Message(String payload) {
            super(payload, NOW);
        }

        @Override
        public String describe() {
            return "Test message";
        }
    }

    @Test
    void theWaitDoublesPerFailureUpToTheCap() {
        assertEquals(List.of(5L, 10L, 20L, 30L, 30L),
                List.of(1, 2, 3, 4, 60).stream().map(n -> OutboxEntry.backoff(n, BASE, MAX).toSeconds()).toList());
    }

    @Test
    void aFailedAttemptKeepsTheErrorAndIsNotDelivered() {
        Message message = new Message("{}");

        assertFalse(message.attempt(p -> {
            throw new DeliveryFailedException("test-engine-service answered 503");
        }, NOW, BASE, MAX));

        assertEquals(1, message.getAttempts());
        assertEquals("test-engine-service answered 503", message.getLastError());
    }

    @Test
    void aDeliveryHandsOverThePayloadAndClearsTheLastError() {
        Message message = new Message("{\"registrationId\": \"r-1\"}");
        message.attempt(p -> {
            throw new DeliveryFailedException("down");
        }, NOW, BASE, MAX);
        List<String> sent = new ArrayList<>();

        assertTrue(message.attempt(sent::add, NOW.plus(BASE), BASE, MAX));

        assertEquals(List.of("{\"registrationId\": \"r-1\"}"), sent);
        assertEquals(2, message.getAttempts());
        assertNull(message.getLastError());
    }
}
