package uk.awarding.testengine.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registered candidate booked on a test session, with what the registration said when the centre booked it (the
 * candidate's name for the room list, the access arrangements' extra time): everything a start needs about the
 * candidate is known before the session opens.
 */
@Entity
@Table(name = "session_booking")
public class SessionBooking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id")
    private String sessionId;
    @Column(name = "registration_id")
    private String registrationId;
    private String uln;
    @Column(name = "candidate_name")
    private String candidateName;
    @Column(name = "extra_time_percent")
    private int extraTimePercent;
    @Column(name = "booked_by")
    private String bookedBy;
    @Column(name = "booked_at")
    private Instant bookedAt;
    /** When registration-service withdrew the registration; null while it is active. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected SessionBooking() {
    }

    public SessionBooking(String sessionId, String registrationId, String uln, String candidateName,
            int extraTimePercent, String bookedBy, Instant bookedAt) {
        this.sessionId = sessionId;
        this.registrationId = registrationId;
        this.uln = uln;
        this.candidateName = candidateName;
        this.extraTimePercent = extraTimePercent;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public String getUln() {
        return uln;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public int getExtraTimePercent() {
        return extraTimePercent;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
