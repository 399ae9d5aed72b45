package uk.awarding.certification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.awarding.certification.client.QualificationView;
import uk.awarding.certification.client.RegistrationView;
import uk.awarding.certification.client.SittingResultView;
import uk.awarding.certification.client.TestEngineClient;
import uk.awarding.certification.domain.Outcome;
import uk.awarding.certification.domain.UnitResult;
import uk.awarding.certification.domain.UnitResultRules;
import uk.awarding.certification.repository.UnitResultRepository;
import uk.awarding.platform.persistence.Lookups;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;

/** Recording unit results from the test engine and from centres, and correcting them without losing history. */
@ApplicationScoped
public class UnitResults {

    private final UnitResultRepository results;
    private final Registrations registrations;
    private final TestEngineClient testEngine;
    private final AuditLog audit;
    private final Clock clock;

    UnitResults(UnitResultRepository results, Registrations registrations, TestEngineClient testEngine, AuditLog audit,
            Clock clock) {
        this.results = results;
        this.registrations = registrations;
        this.testEngine = testEngine;
        this.audit = audit;
        this.clock = clock;
    }

    public record Recorded(UnitResult result, boolean created) {
    }

    /**
     * A passed (or failed) sitting from test-engine-service, which delivers through an outbox and may send the
     * same sitting more than once: the first delivery records it, later ones get the same result back. A sitting is
     * recorded only as the test engine itself keeps it: one it does not know, or knows with another registration,
     * unit, mark or date, is refused (422), so a result cannot be invented even with a service's credentials.
     */
    public Recorded recordSitting(String registrationId, String unit, String sittingId, int score, int passMark,
            LocalDate achievedOn, Caller caller) {
        UnitResultRules.require(UnitResultRules.check(achievedOn, null, null, null, UnitResultRules.today(clock)));
        Optional<UnitResult> delivered = QuarkusTransaction.requiringNew().call(() -> results.findBySitting(sittingId));
        if (delivered.isPresent()) {
            return new Recorded(delivered.get(), false);
        }
        SittingResultView kept = testEngine.unitResult(sittingId).orElseThrow(() -> ProblemException.unprocessable(
                "sitting-not-found", "No such sitting", "test-engine-service has no marked sitting " + sittingId + "."));
        if (!kept.equals(new SittingResultView(registrationId, unit, sittingId, score, passMark, achievedOn))) {
            throw ProblemException.unprocessable("sitting-result-mismatch", "The result is not the sitting's",
                    "The registration, unit, score, pass mark or date differ from what test-engine-service keeps for "
                            + "sitting " + sittingId + ".");
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> results.findBySitting(sittingId)
                    .map(existing -> new Recorded(existing, false))
                    .orElseGet(() -> {
                        UnitResult result = UnitResult.fromSitting(registrationId, unit, sittingId, score, passMark,
                                achievedOn, caller.name(), Instant.now(clock));
                        results.persistAndFlush(result);
                        audit.record(caller, "unit-result-recorded", result.getId(),
                                "sitting " + sittingId + ": " + result.getOutcome());
                        return new Recorded(result, true);
                    }));
        } catch (PersistenceException e) {
            // a concurrent delivery of the same sitting won the unique key: answer with its result
            return QuarkusTransaction.requiringNew().call(() -> results.findBySitting(sittingId)
                    .map(existing -> new Recorded(existing, false))
                    .orElseThrow(() -> e));
        }
    }

    /** A portfolio unit assessed and quality-assured at the centre, for one of the centre's own registrations. */
    public UnitResult recordPortfolio(String registrationId, String unit, String assessor, String internalQualityAssurer,
            Outcome outcome, LocalDate achievedOn, Caller caller) {
        RegistrationView registration = registrations.readableBy(registrationId, caller);
        UnitResultRules.require(UnitResultRules.check(achievedOn, assessor, internalQualityAssurer,
                registration.dateOfBirth(), UnitResultRules.today(clock)));
        QualificationView qualification = registrations.qualificationOf(registration);
        QualificationView.Unit found = qualification.unit(unit)
                .orElseThrow(() -> ProblemException.unprocessable("unit-not-in-qualification",
                        "The unit is not part of the qualification",
                        "Unit " + unit + " is not in the rules of combination of " + qualification.id() + "."));
        if (found.isOnlineTested()) {
            throw ProblemException.unprocessable("unit-assessed-by-test", "The unit is assessed by an online test",
                    "Unit " + found.unitId() + " is assessed by an online multiple-choice test; its result comes "
                            + "from the test engine, not from the centre.");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            results.findCurrent(registrationId, found.unitId()).ifPresent(existing -> {
                throw ProblemException.conflict("unit-result-exists", "The unit already has a result",
                        "Unit " + found.unitId() + " already has a result for this registration; correct it with a "
                                + "reason instead of recording another.")
                        .with("unitResultId", existing.getId());
            });
            UnitResult result = UnitResult.fromPortfolio(registrationId, found.unitId(), assessor,
                    internalQualityAssurer, outcome, achievedOn, caller.name(), Instant.now(clock));
            results.persist(result);
            audit.record(caller, "unit-result-recorded", result.getId(),
                    "portfolio " + found.unitId() + ": " + outcome + ", assessor " + assessor);
            return result;
        });
    }

    /**
     * A correction: a new result that names the one it replaces and why. The corrected result stays on record,
     * and the audit log says whether a certificate had already been issued on it. Whether the caller may see the
     * result is asked of registration-service first; the result then decides on the correction
     * ({@link UnitResult#correct}) inside the short transaction that writes it, on the state it is written against.
     */
    public UnitResult correct(String unitResultId, Outcome outcome, LocalDate achievedOn, String reason,
            Caller caller) {
        UnitResultRules.require(UnitResultRules.check(achievedOn, null, null, null, UnitResultRules.today(clock)));
        readableBy(unitResultId, caller);
        return QuarkusTransaction.requiringNew().call(() -> {
            UnitResult current = Lookups.byId(results.findByIdOptional(unitResultId)).orElseThrow(() -> notFound(unitResultId));
            UnitResult correction = current.correct(outcome, achievedOn, reason, caller.name(), caller.is(Roles.STAFF),
                    Instant.now(clock));
            results.persist(correction);
            audit.record(caller, "unit-result-corrected", current.getId(),
                    "corrected by " + correction.getId() + (current.isUsedOnCertificate() ? " (used on a certificate)" : "")
                            + ": " + reason);
            return correction;
        });
    }

    public UnitResult readableBy(String unitResultId, Caller caller) {
        UnitResult result = QuarkusTransaction.requiringNew().call(() -> Lookups.byId(results.findByIdOptional(unitResultId)))
                .orElseThrow(() -> notFound(unitResultId));
        if (!caller.is(Roles.STAFF)) {
            try {
                registrations.readableBy(result.getRegistrationId(), caller);
            } catch (ProblemException e) {
                throw e.status() == 404 ? notFound(unitResultId) : e;
            }
        }
        return result;
    }

    /** Every result of the registration, corrected ones included, for the owner centre or staff. */
    public List<UnitResult> ofRegistration(String registrationId, Caller caller) {
        if (!caller.is(Roles.STAFF)) {
            registrations.readableBy(registrationId, caller);
        }
        return QuarkusTransaction.requiringNew().call(() -> results.findByRegistration(registrationId));
    }

    private static ProblemException notFound(String unitResultId) {
        return ProblemException.notFound("unit-result-not-found", "No such unit result",
                "There is no unit result " + unitResultId + ".");
    }
}
