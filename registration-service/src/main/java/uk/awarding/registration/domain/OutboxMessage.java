package uk.awarding.registration.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import uk.awarding.platform.outbox.OutboxEntry;

/**
 * A withdrawal waiting to reach test-engine-service: written in the transaction that withdraws the registration, so
 * test-engine learns of every withdrawal however long it is down, and relayed until delivered. One per registration
 * (unique): a registration is withdrawn once.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends OutboxEntry {

    @Column(name = "registration_id")
    private String registrationId;

    protected OutboxMessage() {
    }

    public OutboxMessage(String registrationId, String payload, Instant now) {
        super(payload, now);
        this.registrationId = registrationId;
    }

    @Override
    public String describe() {
        return "Withdrawal of registration " + registrationId;
    }
}
