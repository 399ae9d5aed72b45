package uk.awarding.certification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A centre's claim for a registration's certificate ("Claiming certificates", ProQual spec). The table allows one
 * claim per registration, which is what keeps two concurrent claims from both issuing.
 */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    private String id;
    @Column(name = "registration_id")
    private String registrationId;
    @Column(name = "centre_number")
    private String centreNumber;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "claimed_by")
    private String claimedBy;
    @Column(name = "claimed_at")
    private Instant claimedAt;

    protected Claim() {
    }

    public Claim(String registrationId, String centreNumber, String idempotencyKey, String claimedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.registrationId = registrationId;
        this.centreNumber = centreNumber;
        this.idempotencyKey = idempotencyKey;
        this.claimedBy = claimedBy;
        this.claimedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public String getCentreNumber() {
        return centreNumber;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
