package uk.awarding.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.ProblemException;

class UnitResultTest {

    private static final String REGISTRATION = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    private static final LocalDate ON = LocalDate.parse("2026-10-01");

    @Test
    void aSittingPassesAtThePassMarkAndFailsBelowIt() {
        assertEquals(Outcome.PASS, sitting(18, 18).getOutcome());
        assertEquals(Outcome.FAIL, sitting(17, 18).getOutcome());
    }

    @Test
    void aCorrectionIsANewResultNamingTheOneItCorrectsWhichIsKept() {
        UnitResult original = portfolio(Outcome.FAIL);
        UnitResult correction = original.correct(Outcome.PASS, ON, "marking error", "centre-CEN001", false, NOW);
        assertEquals(Outcome.PASS, correction.getOutcome());
        assertEquals(original.getId(), correction.getCorrectsId());
        assertEquals("marking error", correction.getCorrectionReason());
        assertEquals("A. Assessor", correction.getAssessor());
        assertFalse(original.isCurrent());
        assertEquals(correction.getId(), original.getSupersededById());
        assertTrue(correction.isCurrent());
    }

    @Test
    void onlyTheCurrentResultIsCorrected() {
        UnitResult original = portfolio(Outcome.FAIL);
        UnitResult correction = original.correct(Outcome.PASS, ON, "marking error", "centre-CEN001", false, NOW);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> original.correct(Outcome.FAIL, ON, "again", "centre-CEN001", false, NOW));
        assertEquals(409, refused.status());
        assertEquals("unit-result-superseded", refused.type());
        assertEquals(correction.getId(), refused.extensions().get("unitResultId"));
    }

    @Test
    void aTestResultIsCorrectedOnlyByTheAwardingOrganisation() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> sitting(17, 18).correct(Outcome.PASS, ON, "remarked", "centre-CEN001", false, NOW));
        assertEquals(422, refused.status());
        assertEquals("unit-assessed-by-test", refused.type());

        UnitResult remarked = sitting(17, 18).correct(Outcome.PASS, ON, "remarked", "staff", true, NOW);
        assertEquals(Outcome.PASS, remarked.getOutcome());
        assertEquals(ResultSource.ONLINE_TEST, remarked.getSource());
        assertEquals(17, remarked.getScore());
    }

    @Test
    void theAwardingOrganisationCorrectsPortfolioResultsToo() {
        assertEquals(Outcome.FAIL,
                portfolio(Outcome.PASS).correct(Outcome.FAIL, ON, "malpractice", "staff", true, NOW).getOutcome());
    }

    private static UnitResult sitting(int score, int passMark) {
        return UnitResult.fromSitting(REGISTRATION, "2794-210", "sitting-1", score, passMark, ON,
                "test-engine-service", NOW);
    }

    private static UnitResult portfolio(Outcome outcome) {
        return UnitResult.fromPortfolio(REGISTRATION, "2794-201", "A. Assessor", "I. Verifier", outcome, ON,
                "centre-CEN001", NOW);
    }
}
