package uk.awarding.testengine.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.platform.persistence.Lookups;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.testengine.client.RegistrationView;
import uk.awarding.testengine.domain.Deadline;
import uk.awarding.testengine.domain.PreparedForm;
import uk.awarding.testengine.domain.SessionAction;
import uk.awarding.testengine.domain.SessionBooking;
import uk.awarding.testengine.domain.SessionEvent;
import uk.awarding.testengine.domain.Sitting;
import uk.awarding.testengine.domain.SittingStatus;
import uk.awarding.testengine.domain.TestSession;
import uk.awarding.testengine.repository.RegistrationWithdrawalRepository;
import uk.awarding.testengine.repository.SessionBookingRepository;
import uk.awarding.testengine.repository.SessionEventRepository;
import uk.awarding.testengine.repository.SittingRepository;
import uk.awarding.testengine.repository.TestSessionRepository;

/**
 * Test sessions: scheduling and booking by the centre, and the invigilator's control of the room. Every write is one
 * short transaction under a lock on the session row, so the room's actions run one after another, and writes its
 * audit event in the same transaction. A session of another centre is answered exactly like one that does not exist.
 */
@ApplicationScoped
public class TestSessionService {

    /**
     * The awarding organisation's calendar: a session's date and start window are UK wall-clock times, as the centre's
     * timetable states them, and a unit is achieved on the UK date its test was completed.
     */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final TestSessionRepository sessions;
    private final SessionBookingRepository bookings;
    private final RegistrationWithdrawalRepository withdrawals;
    private final SessionEventRepository events;
    private final SittingRepository sittings;
    private final RegistrationWithdrawals withdrawn;
    private final SittingMarking marking;
    private final FormDrawing forms;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    TestSessionService(TestSessionRepository sessions, SessionBookingRepository bookings,
            RegistrationWithdrawalRepository withdrawals, SessionEventRepository events, SittingRepository sittings,
            RegistrationWithdrawals withdrawn, SittingMarking marking, FormDrawing forms, ObjectMapper mapper,
            Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.withdrawals = withdrawals;
        this.withdrawn = withdrawn;
        this.events = events;
        this.sittings = sittings;
        this.marking = marking;
        this.forms = forms;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Schedules a session of {@code unitId} (the catalogue's id of a unit with a test specification). */
    @Transactional
    public TestSessionView schedule(SessionActor actor, String unitId, LocalDate date, LocalTime startFrom,
            LocalTime startUntil, String location, List<String> invigilators, boolean keycodeRequired) {
        Instant now = clock.instant();
        TestSession session = new TestSession(actor.centreNumber(), unitId, date,
                date.atTime(startFrom).atZone(UK).toInstant(), date.atTime(startUntil).atZone(UK).toInstant(), location,
                invigilators, keycodeRequired, actor.name(), now);
        sessions.persist(session);
        record(session, SessionAction.SCHEDULED, null, actor, now, null, null, null);
        return TestSessionView.from(session, 0);
    }

    @Transactional
    public ResultPage<TestSessionView> list(SessionActor actor, int page, int size) {
        List<TestSessionView> items = sessions.ofCentre(actor.centreNumber(), page, size).stream()
                .map(s -> TestSessionView.from(s, bookings.countOfSession(s.getId()))).toList();
        return new ResultPage<>(items, page, size, sessions.countOfCentre(actor.centreNumber()));
    }

    @Transactional
    public TestSessionView view(SessionActor actor, String sessionId) {
        TestSession session = visible(actor, sessionId);
        return TestSessionView.from(session, bookings.countOfSession(sessionId));
    }

    /**
     * Books a registration that the caller has checked with registration-service (the centre's own, active, on a
     * qualification with the session's unit). Its name and extra time are kept with the booking, and, on a session
     * already open, the candidate's form drawn ahead. A withdrawal that registration-service has delivered since is
     * refused as the check refuses it.
     */
    @Transactional
    public BookingView book(SessionActor actor, String sessionId, RegistrationView registration) {
        TestSession session = locked(actor, sessionId);
        session.requireNotClosed();
        if (withdrawals.isWithdrawn(registration.id())) {
            throw SittingService.registrationNotActive(registration.id(), "WITHDRAWN", "be booked");
        }
        if (bookings.find(sessionId, registration.id()).isPresent()) {
            throw ProblemException.conflict("already-booked", "Already booked",
                    "Registration " + registration.id() + " is already booked on test session " + sessionId + ".");
        }
        Instant now = clock.instant();
        SessionBooking booking = new SessionBooking(sessionId, registration.id(), registration.uln(),
                registration.candidateName(), registration.extraTimePercent(), actor.name(), now);
        if (session.getUnitSnapshot() != null) {
            forms.drawAhead(SessionUnit.fromJson(mapper, session.getUnitSnapshot()), 1).forEach(booking::prepare);
        }
        bookings.persist(booking);
        record(session, SessionAction.BOOKED, registration.id(), actor, now, null, null, null);
        return BookingView.from(booking);
    }

    /** The registrations booked on the session, for the peers' word on them before it opens. */
    @Transactional
    public List<String> bookedRegistrations(SessionActor actor, String sessionId) {
        return bookings.ofSession(visible(actor, sessionId).getId()).stream().map(SessionBooking::getRegistrationId)
                .toList();
    }

    /**
     * Opens the session: candidates may start, with the keycode it issues now if it needs one. It keeps the unit as its
     * starts will know it, brings each booking up to date with its registration as read just now (a booking whose
     * registration could not be read keeps what it had; one withdrawn is recorded so) and gives each booking a form
     * drawn ahead, while there are forms (a candidate without one gets one drawn at the start). Opening an open session
     * changes nothing.
     *
     * @param unit the unit and its test specification now; null only when the session is no longer scheduled
     * @param registrations the booked registrations as registration-service gave them, by id
     * @param drawnAhead forms of the session's unit, one per booking
     */
    @Transactional
    public TestSessionView open(SessionActor actor, String sessionId, SessionUnit unit,
            Map<String, RegistrationView> registrations, List<PreparedForm> drawnAhead) {
        TestSession session = locked(actor, sessionId);
        if (session.open(random, unit == null ? null : unit.toJson(mapper))) {
            Iterator<PreparedForm> forms = drawnAhead.iterator();
            for (SessionBooking booking : bookings.ofSession(sessionId)) {
                RegistrationView now = registrations.get(booking.getRegistrationId());
                if (now != null && now.isActive()) {
                    booking.refresh(now.candidateName(), now.extraTimePercent());
                } else if (now != null) {
                    // Withdrawn, and its withdrawal not delivered yet: the start refuses it as it will once delivered.
                    withdrawn.record(now.id(), now.withdrawnAt() != null ? now.withdrawnAt() : clock.instant());
                }
                if (forms.hasNext()) {
                    booking.prepare(forms.next());
                }
            }
            record(session, SessionAction.OPENED, null, actor, clock.instant(), null, null, null);
        }
        return TestSessionView.from(session, bookings.countOfSession(sessionId));
    }

    /**
     * Pauses the whole room: every running sitting in one statement, and no start until it resumes. Pausing a paused
     * room changes nothing.
     */
    @Transactional
    public void pauseRoom(SessionActor actor, String sessionId, String reason) {
        TestSession session = locked(actor, sessionId);
        Instant now = clock.instant();
        if (session.pause(now, actor.name())) {
            int paused = sittings.pauseSession(sessionId, now, actor.name());
            record(session, SessionAction.PAUSED, null, actor, now, reason, null, paused);
        }
    }

    /**
     * Resumes the room: every paused sitting's clock runs again, its deadline moved by the length of its pause. Each
     * group of sittings paused at one moment (the room's pause, or one candidate's) is one statement.
     */
    @Transactional
    public void resumeRoom(SessionActor actor, String sessionId, String reason) {
        TestSession session = locked(actor, sessionId);
        session.requireOpen();
        Instant now = clock.instant();
        List<Instant> pauses = sittings.pausesInSession(sessionId);
        if (!session.resume() && pauses.isEmpty()) {
            return;
        }
        int resumed = 0;
        for (Instant since : pauses) {
            resumed += sittings.resumeSession(sessionId, since, Deadline.paused(since, now));
        }
        record(session, SessionAction.RESUMED, null, actor, now, reason, null, resumed);
    }

    /** Pauses one candidate's test; pausing a paused one changes nothing. */
    @Transactional
    public void pauseCandidate(SessionActor actor, String sessionId, String registrationId, String reason) {
        TestSession session = locked(actor, sessionId);
        session.requireOpen();
        Instant now = clock.instant();
        if (running(session, registrationId).pause(now, actor.name())) {
            record(session, SessionAction.PAUSED, registrationId, actor, now, reason, null, 1);
        }
    }

    /** Starts one candidate's clock again, the deadline moved by the pause; resuming a running one changes nothing. */
    @Transactional
    public void resumeCandidate(SessionActor actor, String sessionId, String registrationId, String reason) {
        TestSession session = locked(actor, sessionId);
        session.requireOpen();
        Instant now = clock.instant();
        if (running(session, registrationId).resume(now)) {
            record(session, SessionAction.RESUMED, registrationId, actor, now, reason, null, 1);
        }
    }

    @Transactional
    public void addTime(SessionActor actor, String sessionId, String registrationId, int minutes, String reason) {
        TestSession session = locked(actor, sessionId);
        session.requireOpen();
        running(session, registrationId).addTime(Duration.ofMinutes(minutes));
        record(session, SessionAction.TIME_ADDED, registrationId, actor, clock.instant(), reason, minutes, 1);
    }

    /** Ends one candidate's test: marked, but held back from certification (see {@link SittingStatus#ENDED}). */
    @Transactional
    public void end(SessionActor actor, String sessionId, String registrationId, String reason) {
        TestSession session = locked(actor, sessionId);
        session.requireOpen();
        marking.complete(running(session, registrationId), SittingStatus.ENDED);
        record(session, SessionAction.ENDED, registrationId, actor, clock.instant(), reason, null, 1);
    }

    /** Closes the session for good, once no test in it is running; no candidate can start in it afterwards. */
    @Transactional
    public TestSessionView close(SessionActor actor, String sessionId) {
        TestSession session = locked(actor, sessionId);
        session.requireNotClosed();
        long running = sittings.countOpenInSession(sessionId);
        if (running > 0) {
            throw ProblemException.conflict("test-session-has-running-tests", "Tests still running",
                    running + " test(s) in session " + sessionId + " are still running; they must be submitted, run out "
                            + "of time or be ended before the session closes.")
                    .with("running", running);
        }
        session.close();
        record(session, SessionAction.CLOSED, null, actor, clock.instant(), null, null, null);
        return TestSessionView.from(session, bookings.countOfSession(sessionId));
    }

    @Transactional
    public RoomView room(SessionActor actor, String sessionId) {
        TestSession session = visible(actor, sessionId);
        Instant now = clock.instant();
        List<SessionBooking> booked = bookings.ofSession(sessionId);
        Map<String, Sitting> started = sittings.ofSession(sessionId).stream()
                .collect(Collectors.toMap(Sitting::getRegistrationId, Function.identity(), TestSessionService::later));
        Map<String, long[]> progress = sittings.progressInSession(sessionId);
        List<RoomView.Candidate> candidates = new ArrayList<>();
        for (SessionBooking booking : booked) {
            Sitting sitting = started.get(booking.getRegistrationId());
            if (sitting == null) {
                candidates.add(new RoomView.Candidate(booking.getRegistrationId(), booking.getUln(),
                        booking.getCandidateName(), notStarted(booking), null, booking.getExtraTimePercent(), 0, 0,
                        0, null, 0, 0, null));
            } else {
                long[] counts = progress.getOrDefault(sitting.getId(), new long[2]);
                candidates.add(new RoomView.Candidate(booking.getRegistrationId(), booking.getUln(),
                        booking.getCandidateName(), state(sitting), sitting.getId(), sitting.getExtraTimePercent(),
                        Duration.ofMillis(sitting.getAddedMillis()).toMinutes(), pausedSeconds(sitting, now),
                        sitting.remainingSeconds(now), sitting.getDeadline(), counts[1], (int) counts[0],
                        sitting.getPausedBy()));
            }
        }
        return new RoomView(TestSessionView.from(session, booked.size()), now, candidates);
    }

    /** The session's audit, oldest first: for the centre, its invigilators and awarding staff. */
    @Transactional
    public List<SessionEventView> events(SessionActor actor, String sessionId) {
        visible(actor, sessionId);
        return events.ofSession(sessionId).stream().map(SessionEventView::from).toList();
    }

    @Transactional
    public IncidentReport incidentReport(SessionActor actor, String sessionId) {
        TestSession session = visible(actor, sessionId);
        Instant now = clock.instant();
        List<SessionEvent> audit = events.ofSession(sessionId);
        Map<String, Sitting> started = sittings.ofSession(sessionId).stream()
                .collect(Collectors.toMap(Sitting::getRegistrationId, Function.identity(), TestSessionService::later));
        List<IncidentReport.CandidateSummary> candidates = bookings.ofSession(sessionId).stream().map(booking -> {
            Sitting sitting = started.get(booking.getRegistrationId());
            String endedReason = audit.stream().filter(e -> e.getAction() == SessionAction.ENDED
                    && booking.getRegistrationId().equals(e.getRegistrationId())).map(SessionEvent::getReason)
                    .findFirst().orElse(null);
            return sitting == null
                    ? new IncidentReport.CandidateSummary(booking.getRegistrationId(), booking.getCandidateName(),
                            notStarted(booking), 0, 0, null)
                    : new IncidentReport.CandidateSummary(booking.getRegistrationId(), booking.getCandidateName(),
                            state(sitting), Duration.ofMillis(sitting.getAddedMillis()).toMinutes(),
                            pausedSeconds(sitting, now), endedReason);
        }).toList();
        TestSessionView view = TestSessionView.from(session, candidates.size());
        return new IncidentReport(actor.centreNumber() == null ? view.withoutKeycode() : view, now,
                audit.stream().filter(e -> e.getAction().isIncident()).map(SessionEventView::from).toList(), candidates);
    }

    /** A candidate who sat again in the session (a resit by the attempts rules) is shown with the latest sitting. */
    private static Sitting later(Sitting a, Sitting b) {
        return b.getStartedAt().isAfter(a.getStartedAt()) ? b : a;
    }

    /** A booked candidate who has not started: withdrawn once registration-service's withdrawal has reached us. */
    private static RoomView.State notStarted(SessionBooking booking) {
        return booking.getWithdrawnAt() != null ? RoomView.State.WITHDRAWN : RoomView.State.BOOKED;
    }

    private static RoomView.State state(Sitting sitting) {
        return switch (sitting.getStatus()) {
            case OPEN -> sitting.isPaused() ? RoomView.State.PAUSED : RoomView.State.STARTED;
            case SUBMITTED -> RoomView.State.SUBMITTED;
            case EXPIRED -> RoomView.State.EXPIRED;
            case ENDED -> RoomView.State.ENDED;
        };
    }

    /** Every pause of the sitting, the running one up to now included. */
    private static long pausedSeconds(Sitting sitting, Instant now) {
        Duration paused = Duration.ofMillis(sitting.getPausedMillis());
        if (sitting.isPaused()) {
            paused = paused.plus(Deadline.paused(sitting.getPausedAt(), now));
        }
        return paused.toSeconds();
    }

    private Sitting running(TestSession session, String registrationId) {
        if (bookings.find(session.getId(), registrationId).isEmpty()) {
            throw ProblemException.notFound("booking-not-found", "No such candidate in the session",
                    "Registration " + registrationId + " is not booked on test session " + session.getId() + ".");
        }
        return sittings.findOpenInSessionForUpdate(session.getId(), registrationId)
                .orElseThrow(() -> ProblemException.conflict("candidate-test-not-running", "Test not running",
                        "Registration " + registrationId + " has no test running in session " + session.getId()
                                + ": not started yet, or already finished."));
    }

    private TestSession visible(SessionActor actor, String sessionId) {
        return Lookups.byId(sessions.findByIdOptional(sessionId)).filter(s -> mayAct(actor, s))
                .orElseThrow(() -> notFound(sessionId));
    }

    private TestSession locked(SessionActor actor, String sessionId) {
        return sessions.findForUpdate(sessionId).filter(s -> mayAct(actor, s)).orElseThrow(() -> notFound(sessionId));
    }

    private static boolean mayAct(SessionActor actor, TestSession session) {
        return actor.centreNumber() == null || actor.centreNumber().equals(session.getCentreNumber());
    }

    private void record(TestSession session, SessionAction action, String registrationId, SessionActor actor,
            Instant at, String reason, Integer minutes, Integer affected) {
        events.persist(new SessionEvent(session.getId(), action, registrationId, actor.name(), at, reason, minutes,
                affected));
    }

    static ProblemException notFound(String sessionId) {
        return ProblemException.notFound("test-session-not-found", "No such test session",
                "Your centre has no test session " + sessionId + ".");
    }
}
