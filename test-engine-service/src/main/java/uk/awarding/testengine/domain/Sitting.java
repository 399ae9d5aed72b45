package uk.awarding.testengine.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One candidate's attempt at a unit's online test. The form (item versions, option order) is fixed at start; the
 * server's clock alone decides the deadline ({@link Deadline}): while the sitting is paused no time runs and no answer
 * is accepted. Every save carries a sequence number that must be higher than the last
 * one the sitting accepted, so an older save arriving late never overwrites a newer answer.
 */
@Entity
@Table(name = "sitting")
public class Sitting {

    @Id
    private String id;
    private String uln;
    @Column(name = "registration_id")
    private String registrationId;
    private String unit;
    @Enumerated(EnumType.STRING)
    private SittingStatus status;
    /** "uln|unit" while open, null after: a unique index makes one open sitting per candidate and unit a DB rule. */
    @Column(name = "open_for")
    private String openFor;
    @Column(name = "started_at")
    private Instant startedAt;
    private Instant deadline;
    @Column(name = "duration_minutes")
    private int durationMinutes;
    @Column(name = "extra_time_percent")
    private int extraTimePercent;
    @Column(name = "pass_mark")
    private int passMark;
    @Column(name = "last_sequence")
    private long lastSequence;
    /** The test session the sitting was started in, or null for a unit that needs none. */
    @Column(name = "session_id")
    private String sessionId;
    /** Time the invigilator added, in milliseconds. */
    @Column(name = "added_millis")
    private long addedMillis;
    /** The length of every pause that has ended, in milliseconds; the deadline includes it. */
    @Column(name = "paused_millis")
    private long pausedMillis;
    /** When the running pause began, or null when the sitting is not paused. */
    @Column(name = "paused_at")
    private Instant pausedAt;
    @Column(name = "paused_by")
    private String pausedBy;
    @Column(name = "completed_at")
    private Instant completedAt;
    /** The candidate's name on the registration, shown on the candidate's pages so they can check it is them. */
    @Column(name = "candidate_name")
    private String candidateName;
    /** The unit's title in the catalogue when the sitting started; null for sittings started before it was kept. */
    @Column(name = "unit_title")
    private String unitTitle;
    private Integer score;
    private Boolean passed;

    @OneToMany(mappedBy = "sitting", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<SittingQuestion> questions = new ArrayList<>();

    protected Sitting() {
    }

    public Sitting(String uln, String registrationId, String unit, Instant startedAt, int durationMinutes,
            int extraTimePercent, int passMark) {
        this(uln, registrationId, unit, null, startedAt, durationMinutes, extraTimePercent, passMark);
    }

    public Sitting(String uln, String registrationId, String unit, String sessionId, Instant startedAt,
            int durationMinutes, int extraTimePercent, int passMark) {
        this.id = UUID.randomUUID().toString();
        this.uln = uln;
        this.registrationId = registrationId;
        this.unit = unit;
        this.sessionId = sessionId;
        this.status = SittingStatus.OPEN;
        this.openFor = uln + "|" + unit;
        this.startedAt = startedAt;
        this.durationMinutes = durationMinutes;
        this.extraTimePercent = extraTimePercent;
        this.deadline = Deadline.of(startedAt, durationMinutes, extraTimePercent);
        this.passMark = passMark;
    }

    /** Keeps who sits and what, as the registration and the catalogue name them at the start. */
    public void describe(String candidateName, String unitTitle) {
        this.candidateName = candidateName;
        this.unitTitle = unitTitle;
    }

    /** This sitting as the resit policy counts it. */
    public ResitPolicy.Attempt attempt() {
        return new ResitPolicy.Attempt(status, startedAt, completedAt, result().orElse(null));
    }

    /** Whether this sitting is the registration's, started in the test session. */
    public boolean startedIn(String sessionId, String registrationId) {
        return sessionId.equals(this.sessionId) && registrationId.equals(this.registrationId);
    }

    /** The first question without an answer, where a resumed test goes on; empty when every question is answered. */
    public Optional<Integer> firstUnanswered() {
        return questions.stream().filter(q -> q.getSelectedOption() == null).map(SittingQuestion::getPosition)
                .findFirst();
    }

    public void addQuestion(Item item, OptionOrder optionOrder) {
        questions.add(new SittingQuestion(this, questions.size() + 1, item, optionOrder));
    }

    public SittingQuestion question(int position) {
        if (position < 1 || position > questions.size()) {
            throw new IllegalArgumentException("No question " + position + " in this sitting");
        }
        return questions.get(position - 1);
    }

    /**
     * The rule of an answer save, in this order: only the candidate's own sitting; none while the invigilator has it
     * paused; none once it is marked or past {@link #getDeadline() its deadline} (which includes added time and ended
     * pauses) plus the grace for saves in flight; and only a sequence number newer than every one accepted, so an
     * older save arriving late never overwrites a newer answer and a retry of an accepted save changes nothing.
     * {@code SittingRepository#saveIfAccepted} states the same rule as one guarded SQL update, the save's hot path.
     */
    public SaveOutcome saveOutcome(String byUln, long sequence, Instant now, Duration grace) {
        if (!uln.equals(byUln)) {
            return SaveOutcome.NOT_OWNER;
        }
        if (status == SittingStatus.OPEN && isPaused()) {
            return SaveOutcome.PAUSED;
        }
        if (!acceptsSavesAt(now, grace)) {
            return SaveOutcome.CLOSED;
        }
        return sequence > lastSequence ? SaveOutcome.ACCEPTED : SaveOutcome.STALE;
    }

    /**
     * Saves are refused once the sitting is marked or the deadline plus the grace for saves in flight has passed, and
     * while it is paused.
     */
    public boolean acceptsSavesAt(Instant now, Duration grace) {
        return status == SittingStatus.OPEN && !isPaused() && !now.isAfter(deadline.plus(grace));
    }

    /** A paused sitting never expires: its clock does not run. */
    public boolean isExpiredAt(Instant now, Duration grace) {
        return status == SittingStatus.OPEN && !isPaused() && now.isAfter(deadline.plus(grace));
    }

    /**
     * Whether the sitting's test is still running at {@code now}: open, and its time (plus the grace for saves in
     * flight) not yet run out, or paused, when no time runs. Only a running test has a clock time can be added to.
     */
    public boolean isRunningAt(Instant now, Duration grace) {
        return status == SittingStatus.OPEN && !isExpiredAt(now, grace);
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    /**
     * Stops the clock from {@code now}; a sitting already paused, or no longer open, is left as it is.
     *
     * @return whether the sitting was paused now
     */
    public boolean pause(Instant now, String by) {
        if (status != SittingStatus.OPEN || isPaused()) {
            return false;
        }
        pausedAt = now;
        pausedBy = by;
        return true;
    }

    /**
     * Starts the clock again: the pause's length moves the deadline.
     *
     * @return whether the sitting was paused until now
     */
    public boolean resume(Instant now) {
        if (!isPaused()) {
            return false;
        }
        pausedMillis += Deadline.paused(pausedAt, now).toMillis();
        pausedAt = null;
        pausedBy = null;
        deadline = effectiveDeadline();
        return true;
    }

    /** Gives the candidate more time (an incident in the room); only an open sitting has a clock to move. */
    public void addTime(Duration time) {
        if (status != SittingStatus.OPEN) {
            throw new IllegalStateException("Time can be added only to an open sitting");
        }
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("Added time must be positive");
        }
        addedMillis += time.toMillis();
        deadline = effectiveDeadline();
    }

    /** The deadline by the rule, from the stored start, allowance, added time and ended pauses. */
    public Instant effectiveDeadline() {
        return Deadline.of(startedAt, durationMinutes, extraTimePercent, Duration.ofMillis(addedMillis),
                Duration.ofMillis(pausedMillis));
    }

    /**
     * Records a save's sequence number if it is newer than every one accepted so far.
     *
     * @return whether the save may change the stored response
     */
    public boolean acceptSequence(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }

    /** Marks the form and closes the sitting; a sitting already marked keeps its first result. */
    public Marking.Result complete(Instant now, SittingStatus outcome) {
        if (status != SittingStatus.OPEN) {
            return result().orElseThrow();
        }
        if (outcome == SittingStatus.OPEN) {
            throw new IllegalArgumentException("A sitting completes as SUBMITTED, EXPIRED or ENDED");
        }
        if (isPaused()) {
            resume(now);
        }
        Marking.Result result = Marking.mark(questions.stream()
                .map(q -> new Marking.Answer(q.getSelectedOption(), q.getItem().content().key()))
                .toList(), passMark);
        status = outcome;
        openFor = null;
        completedAt = now;
        score = result.score();
        passed = result.passed();
        return result;
    }

    /** Feedback by learning outcome once the sitting is marked; empty while it is open, so nothing leaks mid-test. */
    public List<Marking.OutcomeScore> feedback() {
        if (status == SittingStatus.OPEN) {
            return List.of();
        }
        return Marking.byLearningOutcome(questions.stream()
                .map(q -> new Marking.OutcomeAnswer(q.getItem().getLearningOutcome(),
                        q.getSelectedOption() != null && q.getSelectedOption().equals(q.getItem().content().key())))
                .toList());
    }

    public Optional<Marking.Result> result() {
        return score == null ? Optional.empty() : Optional.of(new Marking.Result(score, passMark, passed));
    }

    public long remainingSeconds(Instant now) {
        return status == SittingStatus.OPEN ? Deadline.remaining(deadline, pausedAt, now).toSeconds() : 0;
    }

    public String getId() {
        return id;
    }

    public String getUln() {
        return uln;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public String getCandidateName() {
        return candidateName;
    }

    public String getUnitTitle() {
        return unitTitle;
    }

    public String getUnit() {
        return unit;
    }

    public SittingStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** When the sitting was marked; null while it is open. */
    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public int getExtraTimePercent() {
        return extraTimePercent;
    }

    public String getSessionId() {
        return sessionId;
    }

    public long getAddedMillis() {
        return addedMillis;
    }

    public long getPausedMillis() {
        return pausedMillis;
    }

    public Instant getPausedAt() {
        return pausedAt;
    }

    public String getPausedBy() {
        return pausedBy;
    }

    public int getPassMark() {
        return passMark;
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public List<SittingQuestion> getQuestions() {
        return questions;
    }
}
