package uk.awarding.testengine.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import uk.awarding.platform.outbox.OutboxEntry;

/**
 * A unit result waiting to reach certification-service: written in the transaction that marks a passed sitting, so
 * a pass is never lost, and relayed until delivered. One per sitting (unique), so it is never sent for two results.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends OutboxEntry {

    @Column(name = "sitting_id")
    private String sittingId;

    protected OutboxMessage() {
    }

    public OutboxMessage(String sittingId, String payload, Instant now) {
        super(payload, now);
        this.sittingId = sittingId;
    }

    @Override
    public String describe() {
        return "Unit result of sitting " + sittingId;
    }
}
