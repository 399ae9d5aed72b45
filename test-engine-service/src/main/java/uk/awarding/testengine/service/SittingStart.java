package uk.awarding.testengine.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.client.CatalogueCache;
import uk.awarding.testengine.client.RegistrationClient;
import uk.awarding.testengine.client.RegistrationView;
import uk.awarding.testengine.client.UnitView;

/**
 * Starting a sitting. A candidate booked on an open test session starts from what the session took when it opened
 * (the booking, the unit, a form drawn ahead): one short transaction on a worker thread, no peer asked. Any other start
 * asks the peers first, outside any transaction and without holding a worker thread (see {@link RegistrationClient}),
 * so a peer that is down or slow holds no database lock and leaves nothing written; only then is the form drawn and
 * stored, on a worker thread, in one short transaction. The item facilities that balance the form come from
 * {@link ItemFacilities}, outside that transaction.
 */
@ApplicationScoped
public class SittingStart {

    private final RegistrationClient registrations;
    private final CatalogueCache catalogue;
    private final SittingService sittings;
    private final ItemFacilities facilities;

    SittingStart(RegistrationClient registrations, CatalogueCache catalogue, SittingService sittings,
            ItemFacilities facilities) {
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.sittings = sittings;
        this.facilities = facilities;
    }

    /** @param keycode the test session's keycode as the candidate typed it, or null */
    public Uni<SittingView> start(String uln, String registrationId, String unitId, String keycode) {
        return Uni.createFrom().item(() -> sittings.openBooked(uln, registrationId, unitId, keycode))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(started -> started.map(sitting -> Uni.createFrom().item(sitting))
                        .orElseGet(() -> startAskingPeers(uln, registrationId, unitId, keycode)));
    }

    private Uni<SittingView> startAskingPeers(String uln, String registrationId, String unitId, String keycode) {
        return registrations.find(registrationId).map(found -> activeRegistration(found
                // Another candidate's registration is reported exactly like a missing one: nothing about it leaks.
                .filter(r -> uln.equals(r.uln()))
                .orElseThrow(() -> SittingService.registrationNotFound(registrationId))))
                .flatMap(registration -> catalogue.unit(unitId).map(found -> unitOf(registration, unitId, found
                        .orElseThrow(() -> ProblemException.notFound("unit-not-found", "No such unit",
                                "There is no unit " + unitId + "."))))
                        .flatMap(unit -> catalogue.testSpecification(unitId)
                                .map(specification -> specification.orElseThrow(() -> ProblemException.unprocessable(
                                        "unit-not-tested-online", "No online test",
                                        "Unit " + unitId + " is not assessed by an online test.")))
                                .emitOn(Infrastructure.getDefaultWorkerPool())
                                .map(specification -> sittings.open(uln, registration, unit, specification,
                                        keycode, facilities.of(unit.aoUnitCode())))));
    }

    private static RegistrationView activeRegistration(RegistrationView registration) {
        if (!registration.isActive()) {
            throw SittingService.registrationNotActive(registration.id(), registration.status(), "sit a test");
        }
        return registration;
    }

    private static UnitView unitOf(RegistrationView registration, String unitId, UnitView unit) {
        if (!unit.belongsTo(registration.qualificationId())) {
            throw ProblemException.unprocessable("unit-not-in-qualification", "Unit not in qualification",
                    "Unit " + unitId + " is not part of qualification " + registration.qualificationId() + ".");
        }
        return unit;
    }
}
