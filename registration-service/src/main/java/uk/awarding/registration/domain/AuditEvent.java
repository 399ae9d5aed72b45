package uk.awarding.registration.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change, recorded in the same transaction as the change itself: who, when, what and the data. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private String id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Column(name = "actor_centre")
    private String actorCentre;

    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    /** The change as JSON. */
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String actorCentre, String action, String entityType,
            String entityId, String detail) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorCentre = actorCentre;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail;
    }

    public String id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorCentre() {
        return actorCentre;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String detail() {
        return detail;
    }
}
