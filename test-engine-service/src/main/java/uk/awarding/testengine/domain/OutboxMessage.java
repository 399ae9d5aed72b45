package uk.awarding.testengine.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit result waiting to reach certification-service: written in the transaction that marks a passed sitting, so
 * a pass is never lost, and relayed until delivered. One per sitting (unique), so it is never sent for two results.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "sitting_id")
    private String sittingId;
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

    protected OutboxMessage() {
    }

    public OutboxMessage(String sittingId, String payload, Instant now) {
        this.sittingId = sittingId;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void delivered(Instant now) {
        attempts++;
        deliveredAt = now;
        lastError = null;
    }

    /** Exponential backoff: base x 2^(attempts-1), capped, so a peer that is down is not hammered. */
    public void failed(Instant now, String error, Duration base, Duration max) {
        attempts++;
        Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(max) > 0 ? max : wait);
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }

    public String getSittingId() {
        return sittingId;
    }

    public String getPayload() {
        return payload;
    }

    public int getAttempts() {
        return attempts;
    }
}
