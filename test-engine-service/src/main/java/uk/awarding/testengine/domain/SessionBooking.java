package uk.awarding.testengine.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

/**
 * A registered candidate booked on a test session, with what the registration said when the centre booked it (the
 * candidate's name for the room list, the access arrangements' extra time): everything a start needs about the
 * candidate is known before the session opens. When the session opens, the booking is brought up to date with the
 * registration and given the candidate's form, drawn ahead, so that the start asks no peer and draws nothing.
 * <p>
 * An update writes only the columns it changed: a withdrawal's stamp ({@code withdrawn_at}) is a bulk update, and an
 * opening that loaded the booking before it must not write the unstamped value back with the booking's form.
 */
@Entity
@DynamicUpdate
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
    @Column(name = "prepared_form")
    private String preparedForm;

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

    /** What the registration says now, read again when the session opens (access arrangements may have changed). */
    public void refresh(String candidateName, int extraTimePercent) {
        this.candidateName = candidateName;
        this.extraTimePercent = extraTimePercent;
    }

    public void prepare(PreparedForm form) {
        this.preparedForm = form.encoded();
    }

    /**
     * The form drawn ahead for this candidate's first sitting in the session. It is not cleared when used: a start
     * writes nothing to the booking, whose row other starts of the session read under a shared lock.
     */
    public Optional<PreparedForm> preparedForm() {
        return Optional.ofNullable(preparedForm).map(PreparedForm::decode);
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
