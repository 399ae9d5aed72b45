package uk.awarding.registration.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The first answer to a POST sent with an {@code Idempotency-Key}, kept so that a client retrying after a
 * lost response gets that same answer instead of a second registration. Keys are scoped to their owner (a
 * centre, or a staff user), and the request's hash detects a key reused for a different request.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    private Key key;

    @Column(name = "request_hash")
    private String requestHash;

    @Column(name = "response_status")
    private int responseStatus;

    @Column(name = "response_location")
    private String responseLocation;

    @Column(name = "response_body")
    private String responseBody;

    @Column(name = "created_at")
    private Instant createdAt;

    @Embeddable
    public record Key(String owner, @Column(name = "idempotency_key") String idempotencyKey) {
    }

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(Key key, String requestHash, int responseStatus, String responseLocation,
            String responseBody, Instant createdAt) {
        this.key = key;
        this.requestHash = requestHash;
        this.responseStatus = responseStatus;
        this.responseLocation = responseLocation;
        this.responseBody = responseBody;
        this.createdAt = createdAt;
    }

    public boolean isFor(String requestHash) {
        return this.requestHash.equals(requestHash);
    }

    public int responseStatus() {
        return responseStatus;
    }

    public String responseLocation() {
        return responseLocation;
    }

    public String responseBody() {
        return responseBody;
    }
}
