package uk.awarding.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The story every outbox relay must pass: its peer is down when a message is first due, and comes back. The relay
 * tries once, waits out its backoff instead of hammering the peer, delivers once the peer is back, and never sends the
 * message again. For a relay whose test settings wait at most 2 minutes before the first retry.
 */
public final class OutboxOutage {

    private OutboxOutage() {
    }

    /**
     * Runs the story with the peer down at the start.
     *
     * @param relayRun one run of the service's relay
     * @param peerBackUp makes the peer's stub accept deliveries again
     * @param requests how many deliveries of the message the peer's stub has received
     * @param delivered how many outbox rows of the message are marked delivered
     */
    public static void deliversOnceAfterThePeerIsBack(Runnable relayRun, MovableClock clock, Runnable peerBackUp,
            IntSupplier requests, LongSupplier delivered) {
        relayRun.run();
        assertEquals(1, requests.getAsInt(), "one attempt while down");
        assertEquals(0, delivered.getAsLong());

        relayRun.run();
        assertEquals(1, requests.getAsInt(), "no retry before the backoff has passed");

        peerBackUp.run();
        clock.advance(Duration.ofMinutes(2));
        relayRun.run();
        clock.advance(Duration.ofMinutes(30));
        relayRun.run();

        assertEquals(2, requests.getAsInt(), "the failed attempt and the one delivery, nothing after");
        assertEquals(1, delivered.getAsLong());
    }
}
