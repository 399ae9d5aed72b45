package uk.awarding.certification.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import uk.awarding.platform.problem.ProblemException;

/**
 * How a centre's claim is decided, from what the peers and the database answered: whether it may be claimed at all,
 * which passed units count, and whether it earns a full certificate, a unit certificate or a refusal. The rules of
 * combination themselves are catalogue-service's; these rules only act on its verdict.
 */
public final class ClaimRules {

    /** registration-service's status of a registration the learner was withdrawn from. */
    private static final String WITHDRAWN = "WITHDRAWN";

    private ClaimRules() {
    }

    /** What a claim issues: the kind of certificate and the units it lists, in unit id order. */
    public record Issue(CertificateType type, List<AchievedUnit> units) {

        public Issue {
            units = List.copyOf(units);
        }

        public List<String> unitIds() {
            return units.stream().map(AchievedUnit::unitId).toList();
        }
    }

    /**
     * A registration is claimed once, ever. A later claim that repeats the first claim's {@code Idempotency-Key} is
     * the same request sent again and gets the first certificate back; any other is 409 {@code already-claimed},
     * naming that certificate.
     */
    public static void requireRepeatOf(Claim earlier, String certificateNumber, String idempotencyKey) {
        if (idempotencyKey == null || !idempotencyKey.equals(earlier.getIdempotencyKey())) {
            throw ProblemException.conflict("already-claimed", "The registration has already been claimed",
                    "Certificate " + certificateNumber + " was issued on this registration; ask for a "
                            + "replacement if it was lost or damaged.")
                    .with("certificateNumber", certificateNumber);
        }
    }

    /** No certificate is claimed on a registration the learner was withdrawn from. */
    public static void requireClaimable(String registrationId, String registrationStatus) {
        if (WITHDRAWN.equals(registrationStatus)) {
            throw ProblemException.unprocessable("registration-withdrawn", "The registration is withdrawn",
                    "Registration " + registrationId + " was withdrawn: no certificate can be claimed on it.");
        }
    }

    /**
     * The units a claim rests on: the current (not corrected) passed results of this registration, each as the
     * qualification's unit it names ({@code unitOfQualification} resolves a unit id, URN or AO code; results for
     * units outside the qualification do not count), once per unit, in unit id order so catalogue-service is
     * asked the same question for the same results.
     */
    public static List<AchievedUnit> passedUnits(String registrationId, List<UnitResult> results,
            Function<String, Optional<AchievedUnit>> unitOfQualification) {
        Map<String, AchievedUnit> passed = new LinkedHashMap<>();
        results.stream()
                .filter(r -> registrationId.equals(r.getRegistrationId()) && r.isCurrent()
                        && r.getOutcome() == Outcome.PASS)
                .map(r -> unitOfQualification.apply(r.getUnitId()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(AchievedUnit::unitId))
                .forEach(u -> passed.putIfAbsent(u.unitId(), u));
        return List.copyOf(passed.values());
    }

    /**
     * The certificate the passed units earn, given catalogue-service's verdict on them: a full certificate when
     * the rules of combination are met; otherwise, only when the centre asked for one, a unit certificate of the
     * units achieved so far, which needs at least one. A refusal is 422 and carries the catalogue's shortfalls.
     */
    public static Issue decide(List<AchievedUnit> passed, boolean achieved, List<String> shortfalls,
            boolean unitCertificate) {
        if (achieved) {
            return new Issue(CertificateType.FULL, passed);
        }
        List<String> missing = Objects.requireNonNullElse(shortfalls, List.of());
        if (!unitCertificate) {
            throw ProblemException.unprocessable("rules-of-combination-not-met",
                    "The rules of combination are not met",
                    "The learner's results do not yet achieve the qualification; claim a unit certificate "
                            + "(unitCertificate: true) for the units achieved so far.")
                    .with("shortfalls", missing);
        }
        if (passed.isEmpty()) {
            throw ProblemException.unprocessable("no-units-achieved", "No units achieved",
                    "A unit certificate lists achieved units; this learner has none yet.")
                    .with("shortfalls", missing);
        }
        return new Issue(CertificateType.UNIT, passed);
    }
}
