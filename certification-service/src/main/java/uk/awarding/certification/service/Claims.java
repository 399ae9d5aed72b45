package uk.awarding.certification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.awarding.certification.client.AchievementView;
import uk.awarding.certification.client.CatalogueClient;
import uk.awarding.certification.client.QualificationView;
import uk.awarding.certification.client.RegistrationView;
import uk.awarding.certification.domain.AchievedUnit;
import uk.awarding.certification.domain.Certificate;
import uk.awarding.certification.domain.CertificateNumbers;
import uk.awarding.certification.domain.Claim;
import uk.awarding.certification.domain.ClaimRules;
import uk.awarding.certification.domain.Learner;
import uk.awarding.certification.domain.Outcome;
import uk.awarding.certification.domain.UnitResult;
import uk.awarding.certification.repository.CertificateRepository;
import uk.awarding.certification.repository.ClaimRepository;
import uk.awarding.certification.repository.UnitResultRepository;
import uk.awarding.platform.security.Caller;

/**
 * A centre's claim: gather the registration's passed units, ask catalogue-service whether the rules of
 * combination are met, and issue a full certificate, or on request a unit certificate of what was achieved.
 * Read, decide, write: the registration, any earlier claim, the qualification, the results and catalogue-service's
 * verdict are all read before anything is written, and no peer is called inside a transaction; {@link ClaimRules}
 * decides; one short transaction then writes the claim (which holds the idempotency key), the certificate, the
 * results it used and the audit event. A registration is claimed once, ever: a second claim, even a concurrent
 * one, gets 409 {@code already-claimed} naming the certificate that was issued, unless it repeats the first claim's
 * {@code Idempotency-Key}, in which case it gets that certificate back.
 */
@ApplicationScoped
public class Claims {

    private final Registrations registrations;
    private final CatalogueClient catalogue;
    private final UnitResultRepository results;
    private final ClaimRepository claims;
    private final CertificateRepository certificates;
    private final CertificateNumbers numbers;
    private final AuditLog audit;
    private final Clock clock;

    Claims(Registrations registrations, CatalogueClient catalogue, UnitResultRepository results, ClaimRepository claims,
            CertificateRepository certificates, CertificateNumbers numbers, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.catalogue = catalogue;
        this.results = results;
        this.claims = claims;
        this.certificates = certificates;
        this.numbers = numbers;
        this.audit = audit;
        this.clock = clock;
    }

    public record Issued(CertificateView certificate, boolean created) {
    }

    public Issued claim(String registrationId, boolean unitCertificate, String idempotencyKey, Caller caller) {
        RegistrationView registration = registrations.readableBy(registrationId, caller);
        Optional<Issued> earlier = earlierClaim(registrationId, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ClaimRules.requireClaimable(registrationId, registration.status());
        QualificationView qualification = registrations.qualificationOf(registration);
        List<UnitResult> current = QuarkusTransaction.requiringNew()
                .call(() -> results.findCurrentByRegistration(registrationId));
        List<AchievedUnit> passed = ClaimRules.passedUnits(registrationId, current,
                unitId -> qualification.unit(unitId).map(qualification::achieved));
        AchievementView achievement = catalogue.achievement(qualification.id(),
                passed.stream().map(AchievedUnit::unitId).toList());
        ClaimRules.Issue decision = ClaimRules.decide(passed, achievement.achieved(), achievement.shortfalls(),
                unitCertificate);
        try {
            return QuarkusTransaction.requiringNew().call(() -> issue(registration, qualification, decision,
                    idempotencyKey, caller));
        } catch (PersistenceException e) {
            // the unique key on claim.registration_id: a concurrent claim for the same registration won
            return earlierClaim(registrationId, idempotencyKey).orElseThrow(() -> e);
        }
    }

    private Issued issue(RegistrationView registration, QualificationView qualification, ClaimRules.Issue decision,
            String idempotencyKey, Caller caller) {
        Instant now = Instant.now(clock);
        Claim claim = new Claim(registration.id(), registration.centreNumber(), idempotencyKey, caller.name(), now);
        claims.persistAndFlush(claim);
        Certificate certificate = Certificate.issue(numbers.next(), claim, decision.type(),
                new Learner(registration.uln(), registration.givenName(), registration.familyName()),
                qualification.details(), decision.units(), LocalDate.now(clock));
        certificates.persist(certificate);
        List<String> unitIds = decision.unitIds();
        results.findCurrentByRegistration(registration.id()).stream()
                .filter(r -> unitIds.contains(r.getUnitId()) && r.getOutcome() == Outcome.PASS)
                .forEach(UnitResult::markUsedOnCertificate);
        audit.record(caller, "certificate-issued", certificate.getNumber(), decision.type() + " certificate for "
                + "registration " + registration.id() + " (" + unitIds.size() + " units)");
        return new Issued(CertificateView.from(certificate), true);
    }

    /** The certificate of the registration's claim, when this claim repeats it (see {@link ClaimRules#requireRepeatOf}). */
    private Optional<Issued> earlierClaim(String registrationId, String idempotencyKey) {
        return QuarkusTransaction.requiringNew().call(() -> claims.findByRegistration(registrationId).map(claim -> {
            Certificate certificate = certificates.findOriginalOfClaim(claim.getId()).orElseThrow();
            ClaimRules.requireRepeatOf(claim, certificate.getNumber(), idempotencyKey);
            return new Issued(CertificateView.from(certificate), false);
        }));
    }
}
