package uk.awarding.testengine.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.client.CatalogueCache;
import uk.awarding.testengine.client.RegistrationClient;
import uk.awarding.testengine.client.RegistrationView;
import uk.awarding.testengine.client.UnitView;
import uk.awarding.testengine.domain.SessionStatus;

/**
 * The side of test sessions that needs a peer: scheduling (catalogue-service: the unit and its test specification),
 * booking (registration-service: the centre's own active registration, on a qualification with the session's unit)
 * and opening (both: what every start in the session needs, taken once, so that no start asks a peer). As a sitting
 * start, the peers are asked first without holding a worker thread or a transaction; a peer that is down is a 503 and
 * nothing is written.
 */
@ApplicationScoped
public class TestSessionPlanning {

    /** Registrations read at once while a session opens: a room's worth quickly, without flooding the peer. */
    private static final int CONCURRENT_READS = 4;

    private final CatalogueCache catalogue;
    private final RegistrationClient registrations;
    private final TestSessionService sessions;
    private final FormDrawing forms;

    TestSessionPlanning(CatalogueCache catalogue, RegistrationClient registrations, TestSessionService sessions,
            FormDrawing forms) {
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.sessions = sessions;
        this.forms = forms;
    }

    public Uni<TestSessionView> schedule(SessionActor actor, String unitId, LocalDate date, LocalTime startFrom,
            LocalTime startUntil, String location, List<String> invigilators, Boolean keycodeRequired) {
        return catalogue.unit(unitId).map(found -> found.orElseThrow(() -> ProblemException.notFound("unit-not-found",
                "No such unit", "There is no unit " + unitId + ".")))
                .flatMap(unit -> catalogue.testSpecification(unitId).map(specification -> {
                    specification.orElseThrow(() -> ProblemException.unprocessable("unit-not-tested-online",
                            "No online test", "Unit " + unitId + " is not assessed by an online test."));
                    return unit;
                }))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(unit -> sessions.schedule(actor, unit.unitId(), date, startFrom, startUntil, location, invigilators,
                        keycodeRequired == null || keycodeRequired));
    }

    public Uni<BookingView> book(SessionActor actor, String sessionId, String registrationId) {
        return onWorker(() -> sessions.view(actor, sessionId))
                .flatMap(session -> registrations.find(registrationId)
                        // Another centre's registration is reported exactly like a missing one.
                        .map(found -> found.filter(r -> actor.centreNumber().equals(r.centreNumber()))
                                .orElseThrow(() -> ProblemException.notFound("registration-not-found",
                                        "No such registration",
                                        "Your centre has no registration " + registrationId + ".")))
                        .map(TestSessionPlanning::active)
                        .flatMap(registration -> catalogue.unit(session.unit())
                                .map(unit -> inQualification(registration, session.unit(), unit.orElse(null)))))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(registration -> sessions.book(actor, sessionId, registration));
    }

    /**
     * Opens the session with what its starts need: the unit and its test specification, each booking's registration
     * as it is now and a form per booking, drawn ahead. catalogue-service must answer (a 503 opens nothing); a
     * registration that cannot be read now keeps what the booking took, and a room whose forms cannot be drawn ahead
     * opens without them (each start then draws its own, and says why it cannot).
     */
    public Uni<TestSessionView> open(SessionActor actor, String sessionId) {
        return onWorker(() -> sessions.view(actor, sessionId)).flatMap(session -> {
            if (session.status() != SessionStatus.SCHEDULED) {
                return onWorker(() -> sessions.open(actor, sessionId, null, Map.of(), List.of()));
            }
            return unitOf(session.unit()).flatMap(unit -> registrationsNow(actor, sessionId)
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(now -> sessions.open(actor, sessionId, unit, now, forms.drawAhead(unit, now.size()))));
        });
    }

    private Uni<SessionUnit> unitOf(String unitId) {
        return catalogue.unit(unitId).map(found -> found.orElseThrow(() -> ProblemException.unavailable(
                "unit-not-found", "Unit unknown to the catalogue", "catalogue-service no longer knows unit " + unitId
                        + ".")))
                .flatMap(unit -> catalogue.testSpecification(unitId).map(specification -> new SessionUnit(unit,
                        specification.orElseThrow(() -> ProblemException.unavailable("unit-not-tested-online",
                                "No online test", "Unit " + unitId + " is no longer assessed by an online test.")))));
    }

    private Uni<Map<String, RegistrationView>> registrationsNow(SessionActor actor, String sessionId) {
        return onWorker(() -> sessions.bookedRegistrations(actor, sessionId))
                .flatMap(ids -> Multi.createFrom().iterable(ids)
                        .onItem().transformToUni(id -> registrations.find(id)
                                .onFailure().recoverWithItem(Optional.empty()))
                        .merge(CONCURRENT_READS)
                        .filter(Optional::isPresent).map(Optional::get)
                        .collect().asMap(RegistrationView::id));
    }

    private static RegistrationView active(RegistrationView registration) {
        if (!registration.isActive()) {
            throw SittingService.registrationNotActive(registration.id(), registration.status(), "be booked");
        }
        return registration;
    }

    private static RegistrationView inQualification(RegistrationView registration, String unitId, UnitView unit) {
        if (unit == null || !unit.belongsTo(registration.qualificationId())) {
            throw ProblemException.unprocessable("unit-not-in-qualification", "Unit not in qualification",
                    "Unit " + unitId + " is not part of qualification " + registration.qualificationId() + ".");
        }
        return registration;
    }

    private static <T> Uni<T> onWorker(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
