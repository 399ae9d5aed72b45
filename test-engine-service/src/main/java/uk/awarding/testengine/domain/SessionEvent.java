package uk.awarding.testengine.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One action in the audit, written in the same transaction as the action: who, when, why, and for a one-candidate
 * action which candidate (a whole-room action names none and counts the sittings it affected). A session's actions
 * name the session; a time extension by awarding staff names the sitting, and its session if it has one.
 */
@Entity
@Table(name = "session_event")
public class SessionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id")
    private String sessionId;
    @Column(name = "sitting_id")
    private String sittingId;
    @Enumerated(EnumType.STRING)
    private SessionAction action;
    @Column(name = "registration_id")
    private String registrationId;
    private String actor;
    private Instant at;
    private String reason;
    private Integer minutes;
    private Integer affected;

    protected SessionEvent() {
    }

    public SessionEvent(String sessionId, SessionAction action, String registrationId, String actor, Instant at,
            String reason, Integer minutes, Integer affected) {
        this(sessionId, null, action, registrationId, actor, at, reason, minutes, affected);
    }

    /** An action on one sitting, which may have been started outside any session ({@code sessionId} null). */
    public SessionEvent(String sessionId, String sittingId, SessionAction action, String registrationId, String actor,
            Instant at, String reason, Integer minutes, Integer affected) {
        this.sessionId = sessionId;
        this.sittingId = sittingId;
        this.action = action;
        this.registrationId = registrationId;
        this.actor = actor;
        this.at = at;
        this.reason = reason;
        this.minutes = minutes;
        this.affected = affected;
    }

    public Long getId() {
        return id;
    }

    public String getSessionId() {
        return sessionId;
    }

    /** The sitting a staff time extension changed; null for a session's own actions. */
    public String getSittingId() {
        return sittingId;
    }

    public SessionAction getAction() {
        return action;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public Integer getAffected() {
        return affected;
    }
}
