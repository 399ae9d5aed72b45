package uk.awarding.testengine.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.client.Catalogue;
import uk.awarding.testengine.client.ExpiringCache;
import uk.awarding.testengine.client.RegistrationView;
import uk.awarding.testengine.client.Registrations;
import uk.awarding.testengine.client.TestSpecificationView;
import uk.awarding.testengine.client.UnitView;
import uk.awarding.testengine.config.TestEngineConfig;

/**
 * Starting a sitting: the peers are asked first, outside any transaction, so a peer that is down or slow holds no
 * database lock and leaves nothing written; only then is the form drawn and stored.
 */
@ApplicationScoped
public class SittingStart {

    private final Registrations registrations;
    private final Catalogue catalogue;
    private final SittingService sittings;
    // Every candidate of an exam starts the same unit at the same minute: ask catalogue-service once per unit.
    private final ExpiringCache<String, UnitView> units;
    private final ExpiringCache<String, TestSpecificationView> specifications;

    SittingStart(Registrations registrations, Catalogue catalogue, SittingService sittings, TestEngineConfig config,
            Clock clock) {
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.sittings = sittings;
        this.units = new ExpiringCache<>(config.catalogueCacheTtl(), clock);
        this.specifications = new ExpiringCache<>(config.catalogueCacheTtl(), clock);
    }

    public SittingView start(String uln, String registrationId, String unitId) {
        // Another candidate's registration is reported exactly like a missing one: nothing about it leaks.
        RegistrationView registration = registrations.find(registrationId)
                .filter(r -> uln.equals(r.uln()))
                .orElseThrow(() -> ProblemException.notFound("registration-not-found", "No such registration",
                        "You have no registration " + registrationId + "."));
        if (!registration.isActive()) {
            throw ProblemException.unprocessable("registration-not-active", "Registration not active",
                    "Registration " + registrationId + " is " + registration.status() + "; only an active registration can sit a test.")
                    .with("registrationStatus", registration.status());
        }
        UnitView unit = units.get(unitId, () -> catalogue.unit(unitId)).orElseThrow(() -> ProblemException.notFound("unit-not-found",
                "No such unit", "There is no unit " + unitId + "."));
        if (!unit.belongsTo(registration.qualificationId())) {
            throw ProblemException.unprocessable("unit-not-in-qualification", "Unit not in qualification",
                    "Unit " + unitId + " is not part of qualification " + registration.qualificationId() + ".");
        }
        TestSpecificationView specification = specifications.get(unitId, () -> catalogue.testSpecification(unitId))
                .orElseThrow(() -> ProblemException.unprocessable("unit-not-tested-online", "No online test",
                        "Unit " + unitId + " is not assessed by an online test."));
        return sittings.open(uln, registration, unit, specification);
    }
}
