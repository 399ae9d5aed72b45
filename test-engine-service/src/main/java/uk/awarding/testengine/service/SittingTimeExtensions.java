package uk.awarding.testengine.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.domain.SessionAction;
import uk.awarding.testengine.domain.SessionEvent;
import uk.awarding.testengine.domain.Sitting;
import uk.awarding.testengine.domain.SittingStatus;
import uk.awarding.testengine.repository.SessionEventRepository;
import uk.awarding.testengine.repository.SittingRepository;

/**
 * Awarding staff extend a running sitting's time for an access arrangement agreed after it started (JCQ, Access
 * Arrangements and Reasonable Adjustments: extra time is approved by the awarding body, sometimes on the day). The time
 * is added exactly as an invigilator adds time for an incident ({@link Sitting#addTime}, {@code domain/Deadline}), in
 * a session or not, and audited in the same transaction with the staff member's name and reason.
 */
@ApplicationScoped
public class SittingTimeExtensions {

    private final SittingRepository sittings;
    private final SessionEventRepository events;
    private final TestEngineConfig config;
    private final Clock clock;

    SittingTimeExtensions(SittingRepository sittings, SessionEventRepository events, TestEngineConfig config,
            Clock clock) {
        this.sittings = sittings;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Adds {@code minutes} to the sitting's time under a lock on its row, so a save, the expiry sweep or an
     * invigilator's action on it runs before or after, never between.
     *
     * @throws ProblemException 404 {@code sitting-not-found}, 409 {@code sitting-not-running} (marked, or its time
     *         ran out: a test that is over is not reopened)
     */
    @Transactional
    public RunningSittingView extend(String staff, String sittingId, int minutes, String reason) {
        Sitting sitting = sittings.findForUpdate(sittingId).orElseThrow(() -> ProblemException.notFound(
                "sitting-not-found", "No such sitting", "There is no sitting " + sittingId + "."));
        Instant now = clock.instant();
        if (!sitting.isRunningAt(now, config.saveGrace())) {
            throw ProblemException.conflict("sitting-not-running", "Test not running", "Sitting " + sittingId
                    + (sitting.getStatus() == SittingStatus.OPEN
                            ? " ran out of time; it is being marked and cannot be extended."
                            : " is " + sitting.getStatus() + "; only a running test can be given more time."));
        }
        sitting.addTime(Duration.ofMinutes(minutes));
        events.persist(new SessionEvent(sitting.getSessionId(), sitting.getId(), SessionAction.TIME_EXTENDED,
                sitting.getRegistrationId(), staff, now, reason, minutes, 1));
        return RunningSittingView.from(sitting, now);
    }

    /** The candidate's running sittings, for staff to find the one to extend. */
    @Transactional
    public List<RunningSittingView> running(String uln) {
        Instant now = clock.instant();
        return sittings.openOf(uln).stream().filter(s -> s.isRunningAt(now, config.saveGrace()))
                .map(s -> RunningSittingView.from(s, now)).toList();
    }
}
