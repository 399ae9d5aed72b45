package uk.awarding.certification.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.ProblemException;

class ClaimRulesTest {

    private static final String REGISTRATION = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final LocalDate ON = LocalDate.parse("2026-10-01");

    private static final AchievedUnit U201 = unit("2794-201", "A/000/0201");
    private static final AchievedUnit U202 = unit("2794-202", "A/000/0202");
    private static final AchievedUnit U210 = unit("2794-210", "A/000/0210");
    /** The qualification's units by every id a result may name them by: unit id or URN. */
    private static final Map<String, AchievedUnit> BY_ID = Map.of(
            "2794-201", U201, "A/000/0201", U201,
            "2794-202", U202, "A/000/0202", U202,
            "2794-210", U210, "A/000/0210", U210);
    private static final Function<String, Optional<AchievedUnit>> QUALIFICATION = id -> Optional.ofNullable(BY_ID.get(id));

    // requireRepeatOf

    @Test
    void aClaimRepeatingTheFirstClaimsKeyGetsTheFirstCertificate() {
        assertDoesNotThrow(() -> ClaimRules.requireRepeatOf(claim("key-1"), "ABCDEFGHJKMNP", "key-1"));
    }

    @Test
    void aSecondClaimWithAnotherKeyIsAlreadyClaimedNamingTheCertificate() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ClaimRules.requireRepeatOf(claim("key-1"), "ABCDEFGHJKMNP", "key-2"));
        assertProblem(409, "already-claimed", refused);
        assertEquals("ABCDEFGHJKMNP", refused.extensions().get("certificateNumber"));
    }

    @Test
    void aSecondClaimWithoutAKeyIsAlreadyClaimedEvenWhenTheFirstHadNone() {
        assertProblem(409, "already-claimed", assertThrows(ProblemException.class,
                () -> ClaimRules.requireRepeatOf(claim(null), "ABCDEFGHJKMNP", null)));
        assertProblem(409, "already-claimed", assertThrows(ProblemException.class,
                () -> ClaimRules.requireRepeatOf(claim("key-1"), "ABCDEFGHJKMNP", null)));
        assertProblem(409, "already-claimed", assertThrows(ProblemException.class,
                () -> ClaimRules.requireRepeatOf(claim(null), "ABCDEFGHJKMNP", "key-1")));
    }

    // requireClaimable

    @Test
    void aWithdrawnRegistrationCannotBeClaimed() {
        assertProblem(422, "registration-withdrawn", assertThrows(ProblemException.class,
                () -> ClaimRules.requireClaimable(REGISTRATION, "WITHDRAWN")));
    }

    @Test
    void everyOtherRegistrationStatusCanBeClaimed() {
        for (String status : new String[] { "ACTIVE", "COMPLETED", null }) {
            assertDoesNotThrow(() -> ClaimRules.requireClaimable(REGISTRATION, status), String.valueOf(status));
        }
    }

    // passedUnits

    @Test
    void countsOnlyPassedResultsOfUnitsOfTheQualificationInUnitIdOrder() {
        List<UnitResult> results = List.of(
                pass("2794-210"),
                fail("2794-202"),
                pass("2794-201"),
                pass("9999-999"));
        assertEquals(List.of(U201, U210), ClaimRules.passedUnits(REGISTRATION, results, QUALIFICATION));
    }

    @Test
    void aUnitNamedByItsUrnCountsAsTheQualificationsUnitOnce() {
        List<UnitResult> results = List.of(pass("A/000/0201"), pass("2794-201"));
        assertEquals(List.of(U201), ClaimRules.passedUnits(REGISTRATION, results, QUALIFICATION));
    }

    @Test
    void ignoresResultsOfAnotherRegistration() {
        UnitResult elsewhere = UnitResult.fromPortfolio("another-registration", "2794-202", "A. Assessor",
                "I. Verifier", Outcome.PASS, ON, "centre-CEN001", NOW);
        assertEquals(List.of(U201),
                ClaimRules.passedUnits(REGISTRATION, List.of(pass("2794-201"), elsewhere), QUALIFICATION));
    }

    @Test
    void aCorrectedResultCountsOnlyThroughItsCorrection() {
        UnitResult failedThenPassed = fail("2794-201");
        UnitResult correction = failedThenPassed.correct(Outcome.PASS, ON, "marking error", "staff", true, NOW);
        UnitResult passedThenFailed = pass("2794-202");
        UnitResult downgrade = passedThenFailed.correct(Outcome.FAIL, ON, "malpractice", "staff", true, NOW);
        assertEquals(List.of(U201), ClaimRules.passedUnits(REGISTRATION,
                List.of(failedThenPassed, correction, passedThenFailed, downgrade), QUALIFICATION));
    }

    @Test
    void aSittingBelowThePassMarkIsNoPass() {
        UnitResult below = UnitResult.fromSitting(REGISTRATION, "2794-210", "sitting-1", 17, 18, ON,
                "test-engine-service", NOW);
        UnitResult atMark = UnitResult.fromSitting(REGISTRATION, "2794-210", "sitting-2", 18, 18, ON,
                "test-engine-service", NOW);
        assertEquals(List.of(), ClaimRules.passedUnits(REGISTRATION, List.of(below), QUALIFICATION));
        assertEquals(List.of(U210), ClaimRules.passedUnits(REGISTRATION, List.of(below, atMark), QUALIFICATION));
    }

    @Test
    void noResultsNoUnits() {
        assertEquals(List.of(), ClaimRules.passedUnits(REGISTRATION, List.of(), QUALIFICATION));
    }

    // decide

    @Test
    void rulesOfCombinationMetIssueAFullCertificateOfEveryPassedUnit() {
        ClaimRules.Issue issue = ClaimRules.decide(List.of(U201, U202, U210), true, List.of(), false);
        assertEquals(CertificateType.FULL, issue.type());
        assertEquals(List.of(U201, U202, U210), issue.units());
        assertEquals(List.of("2794-201", "2794-202", "2794-210"), issue.unitIds());
    }

    @Test
    void rulesOfCombinationMetIssueAFullCertificateEvenWhenAUnitCertificateWasAskedFor() {
        assertEquals(CertificateType.FULL, ClaimRules.decide(List.of(U201), true, null, true).type());
    }

    @Test
    void rulesOfCombinationNotMetAreRefusedWithTheShortfalls() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ClaimRules.decide(List.of(U201), false, List.of("2794-210 is mandatory"), false));
        assertProblem(422, "rules-of-combination-not-met", refused);
        assertEquals(List.of("2794-210 is mandatory"), refused.extensions().get("shortfalls"));
    }

    @Test
    void aRefusalWithoutShortfallsFromTheCatalogueCarriesAnEmptyList() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ClaimRules.decide(List.of(U201), false, null, false));
        assertEquals(List.of(), refused.extensions().get("shortfalls"));
    }

    @Test
    void rulesOfCombinationNotMetIssueAUnitCertificateWhenAskedFor() {
        ClaimRules.Issue issue = ClaimRules.decide(List.of(U201, U202), false, List.of("2794-210 is mandatory"),
                true);
        assertEquals(CertificateType.UNIT, issue.type());
        assertEquals(List.of(U201, U202), issue.units());
    }

    @Test
    void aUnitCertificateNeedsAtLeastOneAchievedUnit() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> ClaimRules.decide(List.of(), false, List.of("2794-201 is mandatory"), true));
        assertProblem(422, "no-units-achieved", refused);
        assertEquals(List.of("2794-201 is mandatory"), refused.extensions().get("shortfalls"));
    }

    @Test
    void theIssuedUnitsCannotChangeAfterTheDecision() {
        ClaimRules.Issue issue = ClaimRules.decide(new ArrayList<>(List.of(U201)), true, List.of(), false);
        assertThrows(UnsupportedOperationException.class, () -> issue.units().add(U202));
    }

    private static AchievedUnit unit(String unitId, String reference) {
        return new AchievedUnit(unitId, reference, unitId, "Unit " + unitId, 2, null);
    }

    private static Claim claim(String idempotencyKey) {
        return new Claim(REGISTRATION, "CEN001", idempotencyKey, "centre-CEN001", NOW);
    }

    private static UnitResult pass(String unit) {
        return UnitResult.fromPortfolio(REGISTRATION, unit, "A. Assessor", "I. Verifier", Outcome.PASS, ON,
                "centre-CEN001", NOW);
    }

    private static UnitResult fail(String unit) {
        return UnitResult.fromPortfolio(REGISTRATION, unit, "A. Assessor", "I. Verifier", Outcome.FAIL, ON,
                "centre-CEN001", NOW);
    }

    private static void assertProblem(int status, String type, ProblemException problem) {
        assertEquals(status, problem.status());
        assertEquals(type, problem.type());
    }
}
