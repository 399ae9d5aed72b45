package uk.awarding.testengine.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A registered candidate booked on a test session, with what the registration said when the centre booked it (the
 * candidate's name for the room list, the access arrangements' extra time): everything a start needs about the
 * candidate is known before the session opens. When the session opens, the booking is brought up to date with the
 * registration and given the candidate's form, drawn ahead, so that the start asks no peer and draws nothing.
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

    /** The form drawn ahead for this candidate, if there is one still unused; a form is used by one start only. */
    public Optional<PreparedForm> takePreparedForm() {
        Optional<PreparedForm> form = Optional.ofNullable(preparedForm).map(PreparedForm::decode);
        preparedForm = null;
        return form;
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
}
