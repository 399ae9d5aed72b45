package uk.awarding.testengine.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.awarding.platform.persistence.Lookups;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.client.RegistrationView;
import uk.awarding.testengine.client.TestSpecificationView;
import uk.awarding.testengine.client.UnitView;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.domain.Keycode;
import uk.awarding.testengine.domain.Marking;
import uk.awarding.testengine.domain.PreparedForm;
import uk.awarding.testengine.domain.ResitPolicy;
import uk.awarding.testengine.domain.SessionBooking;
import uk.awarding.testengine.domain.Sitting;
import uk.awarding.testengine.domain.SittingQuestion;
import uk.awarding.testengine.domain.SittingStatus;
import uk.awarding.testengine.domain.TestSession;
import uk.awarding.testengine.repository.ItemRepository;
import uk.awarding.testengine.repository.RegistrationWithdrawalRepository;
import uk.awarding.testengine.repository.SittingRepository;
import uk.awarding.testengine.repository.TestSessionRepository;

/**
 * A candidate's sittings. Every method is one short transaction and takes the candidate's ULN: a sitting that belongs
 * to someone else is answered exactly like one that does not exist. Saves and marking lock the sitting row, so they
 * run one after another and the sequence rule holds under concurrent requests.
 */
@ApplicationScoped
public class SittingService {

    private final SittingRepository sittings;
    private final TestSessionRepository sessions;
    private final RegistrationWithdrawalRepository withdrawals;
    private final ItemRepository items;
    private final FormDrawing forms;
    private final ItemFacilities itemFacilities;
    private final SittingMarking marking;
    private final TestEngineConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;

    SittingService(SittingRepository sittings, TestSessionRepository sessions,
            RegistrationWithdrawalRepository withdrawals, ItemRepository items, FormDrawing forms,
            ItemFacilities itemFacilities, SittingMarking marking,
            TestEngineConfig config, ObjectMapper mapper, Clock clock) {
        this.sittings = sittings;
        this.sessions = sessions;
        this.withdrawals = withdrawals;
        this.items = items;
        this.forms = forms;
        this.itemFacilities = itemFacilities;
        this.marking = marking;
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Starts a sitting from what the peers said just now: draws the form (see {@link FormDrawing}), fixes option
     * orders and the deadline, and stores it all with the sitting. A registration booked on an open test session of the
     * unit starts in it, by the session's rules ({@link #sessionToStartIn}); an invigilated unit starts nowhere else.
     *
     * @param keycode what the candidate typed as the session's keycode, or null
     * @param facilities item facilities that balance the form, from {@link ItemFacilities}
     */
    @Transactional
    public SittingView open(String uln, RegistrationView registration, UnitView unit, TestSpecificationView specification,
            String keycode, Map<Long, Double> facilities) {
        List<Sitting> attempts = sittings.attempts(uln, unit.unitId());
        String sessionId = sessionToStartIn(registration.id(), unit.unitId(), specification.invigilated(), keycode,
                attempts);
        return create(uln, registration.id(), registration.candidateName(), registration.extraTimePercent(),
                new SessionUnit(unit, specification), sessionId, attempts, Optional.empty(), facilities);
    }

    /**
     * Starts a sitting in the open session the registration is booked on, from what the session took when it opened:
     * the booking (who, their extra time, their form drawn ahead) and the unit with its test specification. No peer
     * is asked and nothing is drawn unless the drawn form cannot be used. Empty when the registration is booked on no
     * open session of the unit that took them; the start then asks the peers ({@link #open}).
     *
     * @param keycode what the candidate typed as the session's keycode, or null
     */
    @Transactional
    public Optional<SittingView> openBooked(String uln, String registrationId, String unitId, String keycode) {
        Optional<TestSessionRepository.Booked> booked = sessions.findOpenBookingForShare(registrationId, unitId);
        if (booked.isEmpty() || booked.get().session().getUnitSnapshot() == null) {
            return Optional.empty();
        }
        TestSession session = booked.get().session();
        SessionBooking booking = booked.get().booking();
        // Another candidate's booking is reported exactly like a missing registration: nothing about it leaks.
        if (!uln.equals(booking.getUln())) {
            throw registrationNotFound(registrationId);
        }
        if (withdrawals.isWithdrawn(registrationId)) {
            throw registrationNotActive(registrationId, "WITHDRAWN", "sit a test");
        }
        List<Sitting> attempts = sittings.attempts(uln, unitId);
        requireStartInSession(session, registrationId, keycode, attempts);
        SessionUnit taken = SessionUnit.fromJson(mapper, session.getUnitSnapshot());
        // The form drawn ahead serves the first sitting in the session; another (a resit the policy allows) gets its own.
        Optional<PreparedForm> drawnAhead = attempts.stream().anyMatch(s -> s.startedIn(session.getId(), registrationId))
                ? Optional.empty()
                : booking.preparedForm();
        return Optional.of(create(uln, registrationId, booking.getCandidateName(), booking.getExtraTimePercent(), taken,
                session.getId(), attempts, drawnAhead, null));
    }

    /**
     * The sitting, its form (the one drawn ahead if all its items are still live, else one drawn now) and its deadline,
     * after the checks every start makes: no other open sitting of the unit, and the unit's resit policy.
     *
     * @param attempts the candidate's sittings of the unit so far, read in this transaction
     * @param facilities as for {@link FormDrawing}; null: read them now, as only a start without a usable drawn form
     *        needs them
     */
    private SittingView create(String uln, String registrationId, String candidateName, int extraTimePercent,
            SessionUnit taken, String sessionId, List<Sitting> attempts, Optional<PreparedForm> drawnAhead,
            Map<Long, Double> facilities) {
        UnitView unit = taken.unit();
        TestSpecificationView specification = taken.specification();
        String unitId = unit.unitId();
        if (attempts.stream().anyMatch(s -> s.getStatus() == SittingStatus.OPEN)) {
            throw alreadyOpen(unitId);
        }
        requireResitAllowed(unitId, resitDecision(unitId, specification, attempts));
        List<Item> form = drawnAhead.map(ahead -> items.inOrder(ahead.itemIds()))
                .filter(ahead -> ahead.stream().allMatch(item -> item != null && item.getStatus() == ItemStatus.LIVE))
                .orElse(null);
        PreparedForm drawn = drawnAhead.orElse(null);
        if (form == null) {
            drawn = forms.draw(unit, specification, facilities != null ? facilities : itemFacilities.of(unit.aoUnitCode()),
                    1).get(0);
            form = items.inOrder(drawn.itemIds());
        }
        Sitting sitting = new Sitting(uln, registrationId, unitId, sessionId, clock.instant(),
                specification.durationMinutes(), extraTimePercent, specification.passMark());
        sitting.describe(candidateName, unit.title());
        for (int i = 0; i < form.size(); i++) {
            sitting.addQuestion(form.get(i), drawn.questions().get(i).optionOrder());
        }
        try {
            sittings.persist(sitting);
            sittings.flush();
        } catch (ConstraintViolationException e) {
            if (!"uq_sitting_open".equalsIgnoreCase(e.getConstraintName())) {
                throw e;
            }
            // The check above passed, but a concurrent start for the same candidate and unit committed first.
            throw alreadyOpen(unitId);
        }
        return SittingView.from(sitting, clock.instant());
    }

    /**
     * 422 {@code registration-not-active}: only an active registration is booked or sits a test.
     *
     * @param refused what only an active registration can do, e.g. "sit a test"
     */
    static ProblemException registrationNotActive(String registrationId, String status, String refused) {
        return ProblemException.unprocessable("registration-not-active", "Registration not active",
                "Registration " + registrationId + " is " + status + "; only an active registration can " + refused
                        + ".")
                .with("registrationStatus", status);
    }

    /** The problem of a registration that is not the candidate's: 404, exactly as for one that does not exist. */
    static ProblemException registrationNotFound(String registrationId) {
        return ProblemException.notFound("registration-not-found", "No such registration",
                "You have no registration " + registrationId + ".");
    }

    /**
     * The open session of the unit the registration is booked on, if the start may happen in it now by the session's
     * rules ({@link #requireStartInSession}; other resits follow the attempts rules). The session row is read under a
     * shared lock, so a room pause or a closing waits for the start to commit, and a start waits for them. Null for a
     * unit that needs no session and a registration booked on none.
     */
    private String sessionToStartIn(String registrationId, String unitId, boolean invigilated, String keycode,
            List<Sitting> attempts) {
        Optional<TestSession> booked = sessions.findOpenBookingForShare(registrationId, unitId)
                .map(TestSessionRepository.Booked::session);
        if (booked.isEmpty()) {
            if (invigilated) {
                throw ProblemException.conflict("no-open-session", "No open test session",
                        "Unit " + unitId + " is sat only in an invigilated test session, and registration "
                                + registrationId + " is not booked on one that is open. Ask your centre.");
            }
            return null;
        }
        TestSession session = booked.get();
        requireStartInSession(session, registrationId, keycode, attempts);
        return session.getId();
    }

    /**
     * The session's rules of a start: within its start window, not paused, with its keycode, and not after the
     * invigilator ended the registration's test in it.
     *
     * @param attempts the candidate's sittings of the session's unit so far
     */
    private void requireStartInSession(TestSession session, String registrationId, String keycode,
            List<Sitting> attempts) {
        if (!session.withinStartWindow(clock.instant())) {
            throw ProblemException.conflict("outside-start-window", "Outside the start window",
                    "Test session " + session.getId() + " takes starts from " + session.getStartsFrom() + " until "
                            + session.getStartsUntil() + ".")
                    .with("startsFrom", session.getStartsFrom().toString())
                    .with("startsUntil", session.getStartsUntil().toString());
        }
        if (session.isPaused()) {
            throw ProblemException.conflict("session-paused", "Test session paused",
                    "The invigilator has paused the session; start when it resumes.");
        }
        if (session.isKeycodeRequired()) {
            if (keycode == null || keycode.isBlank()) {
                throw ProblemException.unprocessable("keycode-required", "Keycode required",
                        "Type the keycode your invigilator gives out in the room.");
            }
            if (!Keycode.matches(session.getKeycode(), keycode)) {
                throw new ProblemException(403, "keycode-wrong", "Wrong keycode",
                        "That is not the keycode of your test session; check it with your invigilator.");
            }
        }
        if (attempts.stream().anyMatch(s -> s.startedIn(session.getId(), registrationId)
                && s.getStatus() == SittingStatus.ENDED)) {
            throw ProblemException.conflict("test-ended-in-session", "Test ended by the invigilator",
                    "The invigilator ended your test in this session; it cannot be started again in it.");
        }
    }

    /**
     * Whether the candidate may start the unit's test now by its resit policy, with the attempts so far and the latest
     * result, for the start page to explain.
     */
    @Transactional
    public ResitPolicy.Decision resitDecision(String uln, String unitId, TestSpecificationView specification) {
        return resitDecision(unitId, specification, sittings.attempts(uln, unitId));
    }

    private ResitPolicy.Decision resitDecision(String unitId, TestSpecificationView specification,
            List<Sitting> attempts) {
        if (specification.resitPolicy() == null) {
            // A catalogue-service older than the resit policy: no start without the rule it must follow.
            throw ProblemException.unavailable("test-specification-inconsistent", "Test specification inconsistent",
                    "The test specification of unit " + unitId + " has no resit policy.");
        }
        return specification.toResitPolicy().decide(attempts.stream().map(Sitting::attempt).toList(),
                clock.instant());
    }

    /** The problem of a start the resit policy refuses: 409, with the figures a client needs to explain it. */
    private static void requireResitAllowed(String unitId, ResitPolicy.Decision decision) {
        if (decision.allowed()) {
            return;
        }
        ProblemException problem = switch (decision.refusal().orElseThrow()) {
            case PASSED -> ProblemException.conflict("already-passed", "Unit already passed",
                    "You have already passed unit " + unitId + "; a passed unit is not sat again.");
            case ATTEMPTS_USED -> ProblemException.conflict("attempts-exhausted", "No attempts left",
                    "You have used all " + decision.attemptsAllowed() + " attempts at unit " + unitId
                            + ". Ask your centre about what to do next.");
            case TOO_SOON -> ProblemException.conflict("resit-too-soon", "Too soon to resit",
                    "Unit " + unitId + " may be sat again " + decision.minimumWaitDays()
                            + " days after the previous attempt ended, from " + decision.notBefore().orElseThrow()
                            + ".")
                    .with("notBefore", decision.notBefore().orElseThrow().toString());
        };
        throw problem.with("attemptsUsed", decision.attemptsUsed()).with("attemptsAllowed", decision.attemptsAllowed());
    }

    /**
     * Where a resumed sitting goes on: the first question without an answer, or empty (the review) once all are
     * answered.
     */
    @Transactional
    public Optional<Integer> resumePosition(String uln, String sittingId) {
        return owned(uln, sittingId).firstUnanswered();
    }

    /** Whether starting this registration's test of the unit needs the keycode of the open session it is booked on. */
    @Transactional
    public boolean keycodeRequired(String registrationId, String unit) {
        return sessions.findOpenBookedOn(registrationId, unit).map(TestSession::isKeycodeRequired).orElse(false);
    }

    /** The id of the candidate's open sitting of this registration and unit, which is resumed rather than started. */
    @Transactional
    public Optional<String> openSittingId(String uln, String registrationId, String unit) {
        return sittings.findOpen(uln, registrationId, unit).map(Sitting::getId);
    }

    @Transactional
    public SittingView resume(String uln, String sittingId) {
        Sitting sitting = owned(uln, sittingId);
        return SittingView.from(sitting, clock.instant());
    }

    /**
     * Stores a response if {@link Sitting#saveOutcome} accepts it: a sequence number newer than every save the
     * sitting accepted, in the candidate's own running sitting before its deadline. The accepted save is one guarded
     * update ({@link SittingRepository#saveIfAccepted}); only a refused one reads the sitting, to say why, and an older
     * or repeated save changes nothing and gets the stored state back. Committed before the reply, so an acknowledged
     * answer survives a crash: the update is one statement, committed by itself (no transaction manager is needed for
     * it); the refused save's reading and locking is one transaction.
     */
    public ResponseView save(String uln, String sittingId, int position, String optionId, Boolean flagged, long sequence) {
        if (optionId != null && !ItemContent.OPTION_IDS.contains(optionId)) {
            throw new IllegalArgumentException("Unknown option " + optionId);
        }
        // The column's precision, so that the update and the rule compare the same instants.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (sittings.saveIfAccepted(sittingId, uln, position, optionId, flagged, sequence,
                now.minus(config.saveGrace()))) {
            return new ResponseView(position, optionId,
                    flagged != null ? flagged : sittings.flagged(sittingId, position), sequence, true);
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> refusedSave(uln, sittingId, position, optionId, flagged, sequence, now));
    }

    /**
     * Why a save was not stored, from the sitting locked against every other save, pause and marking. A pause or
     * resume that committed between the update and the lock leaves the rule's outcome as of now, applied as it says.
     */
    private ResponseView refusedSave(String uln, String sittingId, int position, String optionId, Boolean flagged,
            long sequence, Instant now) {
        Sitting sitting = sittings.findOwnedForUpdate(sittingId, uln).orElseThrow(() -> notFound(sittingId));
        SittingQuestion question = sittings.findQuestion(sittingId, position)
                .orElseThrow(() -> questionNotFound(sittings.countQuestions(sittingId), position));
        return switch (sitting.saveOutcome(uln, sequence, now, config.saveGrace())) {
            case NOT_OWNER -> throw notFound(sittingId);
            case PAUSED -> throw paused(sitting);
            case CLOSED -> throw ProblemException.conflict("sitting-closed", "Sitting closed",
                    "This sitting is closed (" + sitting.getStatus() + ", deadline " + sitting.getDeadline()
                            + "); the answer was not saved.")
                    .with("deadline", sitting.getDeadline().toString());
            case STALE -> ResponseView.of(question, false);
            case ACCEPTED -> {
                sitting.acceptSequence(sequence);
                question.respond(optionId, flagged, sequence);
                yield ResponseView.of(question, true);
            }
        };
    }

    @Transactional
    public ReviewView review(String uln, String sittingId) {
        Sitting sitting = owned(uln, sittingId);
        List<SittingQuestion> questions = sitting.getQuestions();
        return new ReviewView(sitting.getId(), sitting.getStatus(), questions.size(),
                questions.stream().filter(q -> q.getSelectedOption() == null).map(SittingQuestion::getPosition).toList(),
                questions.stream().filter(SittingQuestion::isFlagged).map(SittingQuestion::getPosition).toList(),
                sitting.remainingSeconds(clock.instant()), sitting.getUln(), sitting.getCandidateName(),
                sitting.getUnit(), sitting.getUnitTitle());
    }

    /** Marks the sitting; submitting again returns the first result. A late submission counts as expiry. */
    @Transactional
    public Marking.Result submit(String uln, String sittingId) {
        Sitting sitting = sittings.findOwnedForUpdate(sittingId, uln).orElseThrow(() -> notFound(sittingId));
        requireRunning(sitting);
        Instant now = clock.instant();
        return marking.complete(sitting,
                sitting.isExpiredAt(now, config.saveGrace()) ? SittingStatus.EXPIRED : SittingStatus.SUBMITTED);
    }

    /**
     * A marked sitting's unit result, whoever sat it, for certification-service to check a delivered result against;
     * empty while the sitting is open or when there is no such sitting.
     */
    @Transactional
    public Optional<SittingMarking.UnitResult> unitResult(String sittingId) {
        return Lookups.byId(sittings.findByIdOptional(sittingId)).flatMap(SittingMarking::unitResult);
    }

    /** Closes and marks one sitting whose time is up, unless it was submitted meanwhile. */
    @Transactional
    public void expire(String sittingId) {
        sittings.findForUpdate(sittingId)
                .filter(s -> s.isExpiredAt(clock.instant(), config.saveGrace()))
                .ifPresent(s -> marking.complete(s, SittingStatus.EXPIRED));
    }

    /** While the invigilator has paused it, a sitting takes no answer and no submission. */
    private static void requireRunning(Sitting sitting) {
        if (sitting.getStatus() == SittingStatus.OPEN && sitting.isPaused()) {
            throw paused(sitting);
        }
    }

    private static ProblemException paused(Sitting sitting) {
        return ProblemException.conflict("sitting-paused", "Test paused",
                "Your test is paused by " + sitting.getPausedBy() + "; nothing was saved. No time runs while it "
                        + "is paused.")
                .with("pausedBy", sitting.getPausedBy());
    }

    private Sitting owned(String uln, String sittingId) {
        return sittings.findOwned(sittingId, uln).orElseThrow(() -> notFound(sittingId));
    }

    private static ProblemException questionNotFound(long questionCount, int position) {
        return ProblemException.notFound("question-not-found", "No such question",
                "The sitting has questions 1 to " + questionCount + ", not " + position + ".");
    }

    private static ProblemException notFound(String sittingId) {
        return ProblemException.notFound("sitting-not-found", "No such sitting", "You have no sitting " + sittingId + ".");
    }

    private static ProblemException alreadyOpen(String unitId) {
        return ProblemException.conflict("sitting-already-open", "A sitting is already open",
                "You already have an open sitting for unit " + unitId + "; resume it instead.");
    }
}
