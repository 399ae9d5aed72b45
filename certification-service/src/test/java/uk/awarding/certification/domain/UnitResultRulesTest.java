package uk.awarding.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.FieldError;

class UnitResultRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate BORN = LocalDate.of(2001, 4, 12);

    private static List<FieldError> achievedOn(LocalDate date) {
        return UnitResultRules.check(date, "A. Assessor", "I. Verifier", BORN, TODAY);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void acceptsAResultAchievedToday() {
        assertEquals(List.of(), achievedOn(TODAY));
    }

    @Test
    void refusesAResultAchievedTomorrow() {
        assertEquals(List.of("achievedOn"), fields(achievedOn(TODAY.plusDays(1))));
    }

    @Test
    void refusesAResultAchievedFarInTheFuture() {
        assertEquals(List.of("achievedOn"), fields(achievedOn(LocalDate.of(2999, 1, 1))));
    }

    @Test
    void acceptsTheEarliestDateAndRefusesTheDayBefore() {
        assertEquals(List.of(), UnitResultRules.check(UnitResultRules.EARLIEST, "A", "B", null, TODAY));
        assertEquals(List.of("achievedOn"),
                fields(UnitResultRules.check(UnitResultRules.EARLIEST.minusDays(1), "A", "B", null, TODAY)));
    }

    @Test
    void refusesAResultAchievedBeforeTheLearnerWasBorn() {
        assertEquals(List.of(), achievedOn(BORN));
        assertEquals(List.of("achievedOn"), fields(achievedOn(BORN.minusDays(1))));
    }

    @Test
    void refusesTheAssessorAsTheirOwnQualityAssurerWhateverTheSpacingOrCase() {
        List<FieldError> errors = UnitResultRules.check(TODAY, "Jo Bloggs", "  jo   BLOGGS ", BORN, TODAY);
        assertEquals(List.of("internalQualityAssurer"), fields(errors));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        List<FieldError> errors = UnitResultRules.check(LocalDate.of(2999, 1, 1), "Jo Bloggs", "Jo Bloggs", BORN, TODAY);
        assertEquals(List.of("achievedOn", "internalQualityAssurer"), fields(errors));
    }

    @Test
    void leavesAbsentValuesToTheRequestsOwnValidation() {
        assertEquals(List.of(), UnitResultRules.check(null, null, null, null, TODAY));
    }

    @Test
    void todayIsTheDayInTheUkNotInUtc() {
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        Clock lateEvening = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 7, 1), UnitResultRules.today(lateEvening));
        assertTrue(UnitResultRules.check(LocalDate.of(2026, 7, 1), "A", "B", null, UnitResultRules.today(lateEvening))
                .isEmpty());
    }
}
