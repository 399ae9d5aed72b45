package uk.awarding.certification.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import uk.awarding.certification.domain.CertificateType;
import uk.awarding.certification.domain.Claim;
import uk.awarding.certification.domain.Learner;
import uk.awarding.certification.domain.Outcome;
import uk.awarding.certification.domain.UnitResult;
import uk.awarding.certification.repository.CertificateRepository;
import uk.awarding.certification.repository.ClaimRepository;
import uk.awarding.certification.repository.UnitResultRepository;
import uk.awarding.platform.problem.ProblemException;

/**
 * A centre's claim: gather the registration's passed units, ask catalogue-service whether the rules of
 * combination are met, and issue a full certificate, or on request a unit certificate of what was achieved.
 * Every peer is asked before anything is written. A registration is claimed once, ever: a second claim, even a
 * concurrent one, gets 409 {@code already-claimed} naming the certificate that was issued, unless it repeats the
 * first claim's {@code Idempotency-Key}, in which case it gets that certificate back.
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

    public Issued claim(String registrationId, boolean unitCertificate, String idempotencyKey, Actor actor) {
        RegistrationView registration = registrations.readableBy(registrationId, actor);
        Optional<Issued> earlier = earlierClaim(registrationId, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if ("WITHDRAWN".equals(registration.status())) {
            throw ProblemException.unprocessable("registration-withdrawn", "The registration is withdrawn",
                    "Registration " + registrationId + " was withdrawn: no certificate can be claimed on it.");
        }
        QualificationView qualification = registrations.qualificationOf(registration);
        Map<String, QualificationView.Unit> passed = passedUnits(registrationId, qualification);
        AchievementView achievement = catalogue.achievement(qualification.id(), List.copyOf(passed.keySet()));
        CertificateType type = decide(achievement, unitCertificate, passed.isEmpty());
        List<AchievedUnit> units = passed.values().stream().map(qualification::achieved).toList();
        try {
            return QuarkusTransaction.requiringNew().call(() -> issue(registration, qualification, type, units,
                    idempotencyKey, actor));
        } catch (PersistenceException e) {
            // the unique key on claim.registration_id: a concurrent claim for the same registration won
            return earlierClaim(registrationId, idempotencyKey).orElseThrow(() -> e);
        }
    }

    private static CertificateType decide(AchievementView achievement, boolean unitCertificate, boolean nothingPassed) {
        if (achievement.achieved()) {
            return CertificateType.FULL;
        }
        List<String> shortfalls = Objects.requireNonNullElse(achievement.shortfalls(), List.of());
        if (!unitCertificate) {
            throw ProblemException.unprocessable("rules-of-combination-not-met",
                    "The rules of combination are not met",
                    "The learner's results do not yet achieve the qualification; claim a unit certificate "
                            + "(unitCertificate: true) for the units achieved so far.")
                    .with("shortfalls", shortfalls);
        }
        if (nothingPassed) {
            throw ProblemException.unprocessable("no-units-achieved", "No units achieved",
                    "A unit certificate lists achieved units; this learner has none yet.")
                    .with("shortfalls", shortfalls);
        }
        return CertificateType.UNIT;
    }

    /** The current passed results of units of this qualification, by unit id, in id order for a stable request. */
    private Map<String, QualificationView.Unit> passedUnits(String registrationId, QualificationView qualification) {
        List<UnitResult> current = QuarkusTransaction.requiringNew()
                .call(() -> results.findCurrentByRegistration(registrationId));
        Map<String, QualificationView.Unit> passed = new LinkedHashMap<>();
        current.stream()
                .filter(r -> r.getOutcome() == Outcome.PASS)
                .map(r -> qualification.unit(r.getUnitId()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(QualificationView.Unit::unitId))
                .forEach(u -> passed.putIfAbsent(u.unitId(), u));
        return passed;
    }

    private Issued issue(RegistrationView registration, QualificationView qualification, CertificateType type,
            List<AchievedUnit> units, String idempotencyKey, Actor actor) {
        Instant now = Instant.now(clock);
        Claim claim = new Claim(registration.id(), registration.centreNumber(), idempotencyKey, actor.name(), now);
        claims.persistAndFlush(claim);
        Certificate certificate = Certificate.issue(numbers.next(), claim, type,
                new Learner(registration.uln(), registration.givenName(), registration.familyName()),
                qualification.details(), units, LocalDate.now(clock));
        certificates.persist(certificate);
        List<String> unitIds = units.stream().map(AchievedUnit::unitId).toList();
        results.findCurrentByRegistration(registration.id()).stream()
                .filter(r -> unitIds.contains(r.getUnitId()) && r.getOutcome() == Outcome.PASS)
                .forEach(UnitResult::markUsedOnCertificate);
        audit.record(actor, "certificate-issued", certificate.getNumber(),
                type + " certificate for registration " + registration.id() + " (" + unitIds.size() + " units)");
        return new Issued(CertificateView.from(certificate), true);
    }

    private Optional<Issued> earlierClaim(String registrationId, String idempotencyKey) {
        return QuarkusTransaction.requiringNew().call(() -> claims.findByRegistration(registrationId).map(claim -> {
            Certificate certificate = certificates.findOriginalOfClaim(claim.getId()).orElseThrow();
            if (idempotencyKey != null && idempotencyKey.equals(claim.getIdempotencyKey())) {
                return new Issued(CertificateView.from(certificate), false);
            }
            throw ProblemException.conflict("already-claimed", "The registration has already been claimed",
                    "Certificate " + certificate.getNumber() + " was issued on this registration; ask for a "
                            + "replacement if it was lost or damaged.")
                    .with("certificateNumber", certificate.getNumber());
        }));
    }
}
