package uk.awarding.registration.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A learner registered by a centre on a qualification. Access arrangements (e.g. 25% extra time) belong to
 * the registration; test-engine-service copies them into a sitting when the sitting starts, so a change made
 * after that never alters a test already under way.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    private String id;

    @Column(name = "centre_number")
    private String centreNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uln")
    private Learner learner;

    @Column(name = "qualification_id")
    private String qualificationId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "extra_time_percent")
    private int extraTimePercent;

    @Column(name = "other_adjustments")
    private String otherAdjustments;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Version
    private long version;

    protected Registration() {
    }

    public Registration(String centreNumber, Learner learner, String qualificationId, Instant registeredAt,
            AccessArrangements accessArrangements) {
        this.id = UUID.randomUUID().toString();
        this.centreNumber = centreNumber;
        this.learner = learner;
        this.qualificationId = qualificationId;
        this.status = RegistrationStatus.ACTIVE;
        this.registeredAt = registeredAt;
        arrange(accessArrangements);
    }

    /** Replaces the access arrangements; a withdrawn learner sits no more assessments, so there is nothing to arrange. */
    public void changeAccessArrangements(AccessArrangements arrangements) {
        requireActive();
        arrange(arrangements);
    }

    public void withdraw(Instant at, String reason) {
        requireActive();
        this.status = RegistrationStatus.WITHDRAWN;
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
    }

    private void requireActive() {
        if (status != RegistrationStatus.ACTIVE) {
            throw new RegistrationNotActiveException(id);
        }
    }

    private void arrange(AccessArrangements arrangements) {
        this.extraTimePercent = arrangements.extraTimePercent();
        this.otherAdjustments = arrangements.otherAdjustments();
    }

    public String id() {
        return id;
    }

    public String centreNumber() {
        return centreNumber;
    }

    public Learner learner() {
        return learner;
    }

    public String qualificationId() {
        return qualificationId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public AccessArrangements accessArrangements() {
        return new AccessArrangements(extraTimePercent, otherAdjustments);
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }
}
