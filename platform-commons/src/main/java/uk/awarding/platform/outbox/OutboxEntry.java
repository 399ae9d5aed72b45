package uk.awarding.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A message to a peer service, written in the transaction that makes the change it reports, so the change and its
 * message are kept or lost together, and relayed until the peer accepts it. Delivery is at least once: a lost reply
 * makes the relay send it again, so the receiver must be idempotent. Each service maps a subclass to its own
 * {@code outbox_message} table, adding the column that says what the message is about.
 */
@MappedSuperclass
public abstract class OutboxEntry {

    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String payload;
    @Column(name = "created_at")
    private Instant createdAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "last_error")
    private String lastError;

    protected OutboxEntry() {
    }

    /** A message due at once. */
    protected OutboxEntry(String payload, Instant now) {
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Hands the payload to {@code send}: if it returns, the message is delivered; if it throws, the failure is kept
     * and the next attempt waits the backoff's delay, so a peer that is down is not hammered.
     *
     * @return whether the message was delivered
     */
    public boolean attempt(Consumer<String> send, Instant now, Duration base, Duration max) {
        attempts++;
        try {
            send.accept(payload);
        } catch (RuntimeException e) {
            nextAttemptAt = now.plus(backoff(attempts, base, max));
            String error = e.getMessage();
            lastError = error == null ? e.getClass().getSimpleName()
                    : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
            return false;
        }
        deliveredAt = now;
        lastError = null;
        return true;
    }

    /**
     * The wait after the {@code failures}-th failed attempt in a row: base x 2^(failures-1), capped at {@code max},
     * so the first retry comes soon and a long outage costs the peer one attempt per {@code max}.
     */
    public static Duration backoff(int failures, Duration base, Duration max) {
        Duration wait = base.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** What the message reports, for the log of a failed delivery, e.g. "Unit result of sitting 42". */
    public abstract String describe();

    public String getPayload() {
        return payload;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
