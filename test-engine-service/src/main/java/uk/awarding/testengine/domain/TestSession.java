package uk.awarding.testengine.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A test session: the exam room. A centre schedules it for one unit on a date with a start window, a location and its
 * invigilators, and books registered candidates on it; an invigilator opens it, which issues the keycode candidates
 * start with (unless the centre scheduled it without one), and closes it once every test in it has finished (JCQ,
 * Instructions for conducting examinations, on-screen tests). Candidates start only while it is open, within the start
 * window and not paused.
 */
@Entity
@Table(name = "test_session")
public class TestSession {

    @Id
    private String id;
    @Column(name = "centre_number")
    private String centreNumber;
    private String unit;
    @Column(name = "session_date")
    private LocalDate date;
    @Column(name = "starts_from")
    private Instant startsFrom;
    @Column(name = "starts_until")
    private Instant startsUntil;
    private String location;
    /** User names, one a line. */
    private String invigilators;
    @Column(name = "keycode_required")
    private boolean keycodeRequired;
    private String keycode;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    /** When the whole room was paused, or null: no candidate starts meanwhile. */
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "paused_by")
    private String pausedBy;
    @Column(name = "scheduled_by")
    private String scheduledBy;
    @Column(name = "scheduled_at")
    private Instant scheduledAt;
    /** The unit and its test specification as they were when the session opened (JSON); null before. */
    @Column(name = "unit_snapshot")
    private String unitSnapshot;

    protected TestSession() {
    }

    public TestSession(String centreNumber, String unit, LocalDate date, Instant startsFrom, Instant startsUntil,
            String location, List<String> invigilators, boolean keycodeRequired, String scheduledBy, Instant now) {
        if (!startsUntil.isAfter(startsFrom)) {
            throw new IllegalArgumentException("The start window must end after it begins");
        }
        this.id = UUID.randomUUID().toString();
        this.centreNumber = centreNumber;
        this.unit = unit;
        this.date = date;
        this.startsFrom = startsFrom;
        this.startsUntil = startsUntil;
        this.location = location;
        this.invigilators = String.join("\n", invigilators);
        this.keycodeRequired = keycodeRequired;
        this.status = SessionStatus.SCHEDULED;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = now;
    }

    /**
     * Opens the room: a new keycode if the session needs one, and the unit as its starts will know it. Opening an open
     * session changes nothing.
     */
    public boolean open(RandomGenerator random, String unitSnapshot) {
        if (status == SessionStatus.OPEN) {
            return false;
        }
        requireNotClosed();
        status = SessionStatus.OPEN;
        this.unitSnapshot = unitSnapshot;
        if (keycodeRequired) {
            keycode = Keycode.generate(random);
        }
        return true;
    }

    public void close() {
        requireNotClosed();
        status = SessionStatus.CLOSED;
        pausedAt = null;
        pausedBy = null;
    }

    /** @return whether the room was running until now */
    public boolean pause(Instant now, String by) {
        requireOpen();
        if (pausedAt != null) {
            return false;
        }
        pausedAt = now;
        pausedBy = by;
        return true;
    }

    /** @return whether the room was paused until now */
    public boolean resume() {
        requireOpen();
        if (pausedAt == null) {
            return false;
        }
        pausedAt = null;
        pausedBy = null;
        return true;
    }

    public boolean withinStartWindow(Instant now) {
        return !now.isBefore(startsFrom) && !now.isAfter(startsUntil);
    }

    public void requireOpen() {
        requireNotClosed();
        if (status != SessionStatus.OPEN) {
            throw new SessionStateException("test-session-not-open", "Test session not open",
                    "Test session " + id + " has not been opened yet.");
        }
    }

    public void requireNotClosed() {
        if (status == SessionStatus.CLOSED) {
            throw new SessionStateException("test-session-closed", "Test session closed",
                    "Test session " + id + " is closed; nothing in it can change.");
        }
    }

    public String getId() {
        return id;
    }

    public String getCentreNumber() {
        return centreNumber;
    }

    public String getUnit() {
        return unit;
    }

    public LocalDate getDate() {
        return date;
    }

    public Instant getStartsFrom() {
        return startsFrom;
    }

    public Instant getStartsUntil() {
        return startsUntil;
    }

    public String getLocation() {
        return location;
    }

    public List<String> getInvigilators() {
        return invigilators.isEmpty() ? List.of() : Arrays.asList(invigilators.split("\n"));
    }

    public boolean isKeycodeRequired() {
        return keycodeRequired;
    }

    public String getKeycode() {
        return keycode;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public String getPausedBy() {
        return pausedBy;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public String getUnitSnapshot() {
        return unitSnapshot;
    }
}
