package uk.awarding.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.awarding.registration.domain.RegistrationRules.Decision;

class RegistrationRulesTest {

    private static final String QUALIFICATION = "cg-2794-02";
    private static final Uln ULN = new Uln("9276308686");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Optional<QualificationTerms> OPEN_FROM_16 = Optional.of(new QualificationTerms("OPEN", 16));

    @Test
    void acceptsANewLearnerOldEnoughOnAnOpenQualificationTheCentreIsApprovedFor() {
        Decision decision = decide(bornOn(LocalDate.of(2001, 4, 12)), OPEN_FROM_16, approvedCentre(), null, false, TODAY);
        assertTrue(decision.accepted());
        assertEquals(List.of(), decision.learnerMismatches());
    }

    @Test
    void aQualificationTheCatalogueDoesNotKnowIsTheOnlyRefusal() {
        Decision decision = decide(bornOn(TODAY.minusYears(5)), Optional.empty(), centre(), null, true, TODAY);
        assertEquals(List.of(new RuleViolation("qualificationId", "unknown-qualification", 422,
                "the catalogue has no qualification 'cg-2794-02'")), decision.refusals());
    }

    @Test
    void refusesAQualificationThatIsNotOpen() {
        for (String status : List.of("DRAFT", "WITHDRAWN")) {
            Decision decision = decide(bornOn(TODAY.minusYears(30)), Optional.of(new QualificationTerms(status, 16)),
                    approvedCentre(), null, false, TODAY);
            assertEquals(List.of(new RuleViolation("qualificationId", "qualification-not-open", 422,
                    "'cg-2794-02' is " + status + ", not open for registration")), decision.refusals());
        }
    }

    @Test
    void refusesACentreNotApprovedForTheQualification() {
        Centre centre = centre();
        centre.approve("ncfe-l2-diploma-customer-service-practitioners");
        Decision decision = decide(bornOn(TODAY.minusYears(30)), OPEN_FROM_16, centre, null, false, TODAY);
        assertEquals(List.of(new RuleViolation("qualificationId", "centre-not-approved", 403,
                "centre CEN001 is not approved for 'cg-2794-02'")), decision.refusals());
    }

    @Test
    void acceptsALearnerWhoReachesTheMinimumAgeOnTheRegistrationDate() {
        assertTrue(decide(bornOn(TODAY.minusYears(16)), OPEN_FROM_16, approvedCentre(), null, false, TODAY).accepted());
    }

    @Test
    void refusesALearnerOneDayShortOfTheMinimumAge() {
        Decision decision = decide(bornOn(TODAY.minusYears(16).plusDays(1)), OPEN_FROM_16, approvedCentre(), null, false,
                TODAY);
        assertEquals(List.of(new RuleViolation("dateOfBirth", "below-minimum-age", 422,
                "the learner is 15 on 2026-06-15; 'cg-2794-02' requires at least 16")), decision.refusals());
    }

    @Test
    void aLeapDayBirthdayCountsFromTheFirstOfMarchInOtherYears() {
        NewRegistration leapling = bornOn(LocalDate.of(2008, 2, 29));
        Optional<QualificationTerms> from18 = Optional.of(new QualificationTerms("OPEN", 18));
        assertEquals("below-minimum-age", decide(leapling, from18, approvedCentre(), null, false,
                LocalDate.of(2026, 2, 28)).refusals().get(0).problem());
        assertTrue(decide(leapling, from18, approvedCentre(), null, false, LocalDate.of(2026, 3, 1)).accepted());
    }

    @Test
    void aLeapDayBirthdayCountsOnTheDayInLeapYears() {
        NewRegistration leapling = bornOn(LocalDate.of(2004, 2, 29));
        Optional<QualificationTerms> from20 = Optional.of(new QualificationTerms("OPEN", 20));
        assertEquals("below-minimum-age", decide(leapling, from20, approvedCentre(), null, false,
                LocalDate.of(2024, 2, 28)).refusals().get(0).problem());
        assertTrue(decide(leapling, from20, approvedCentre(), null, false, LocalDate.of(2024, 2, 29)).accepted());
    }

    @Test
    void aQualificationWithoutMinimumAgeTakesLearnersOfAnyAge() {
        Optional<QualificationTerms> anyAge = Optional.of(new QualificationTerms("OPEN", null));
        assertTrue(decide(bornOn(TODAY.minusDays(1)), anyAge, approvedCentre(), null, false, TODAY).accepted());
    }

    @Test
    void theRecordedDateOfBirthCountsAndTheDifferenceIsReported() {
        Learner recorded = new Learner(ULN, "Amara", "Okafor", TODAY.minusYears(15), Instant.EPOCH);
        Decision decision = decide(bornOn(TODAY.minusYears(30)), OPEN_FROM_16, approvedCentre(), recorded, false, TODAY);
        assertEquals("below-minimum-age", decision.refusals().get(0).problem());
        assertEquals(List.of(new LearnerMismatch("dateOfBirth", TODAY.minusYears(15).toString(),
                TODAY.minusYears(30).toString())), decision.learnerMismatches());
    }

    @Test
    void acceptsALearnerOnRecordReportingHowTheSentDetailsDiffer() {
        Learner recorded = new Learner(ULN, "Amara", "Okafor", LocalDate.of(2001, 4, 12), Instant.EPOCH);
        NewRegistration request = new NewRegistration(ULN, "AMARA", "Okafor-Smith", LocalDate.of(2001, 4, 12),
                QUALIFICATION, AccessArrangements.NONE);
        Decision decision = decide(request, OPEN_FROM_16, approvedCentre(), recorded, false, TODAY);
        assertTrue(decision.accepted());
        assertEquals(List.of(new LearnerMismatch("familyName", "Okafor", "Okafor-Smith")), decision.learnerMismatches());
    }

    @Test
    void refusesASecondActiveRegistrationOnTheQualification() {
        Decision decision = decide(bornOn(TODAY.minusYears(30)), OPEN_FROM_16, approvedCentre(), null, true, TODAY);
        assertEquals(List.of(new RuleViolation("qualificationId", "duplicate-registration", 409,
                "learner 9276308686 already has an active registration on 'cg-2794-02'")), decision.refusals());
    }

    @Test
    void answersEveryBrokenRuleAtOnceInAFixedOrder() {
        Decision decision = decide(bornOn(TODAY.minusYears(10)), Optional.of(new QualificationTerms("DRAFT", 16)),
                centre(), null, true, TODAY);
        assertEquals(List.of("qualification-not-open", "centre-not-approved", "below-minimum-age",
                "duplicate-registration"), decision.refusals().stream().map(RuleViolation::problem).toList());
    }

    private static Decision decide(NewRegistration request, Optional<QualificationTerms> qualification, Centre centre,
            Learner recorded, boolean alreadyActive, LocalDate today) {
        return RegistrationRules.decide(request, qualification, centre, recorded, alreadyActive, today);
    }

    private static NewRegistration bornOn(LocalDate dateOfBirth) {
        return new NewRegistration(ULN, "Amara", "Okafor", dateOfBirth, QUALIFICATION, AccessArrangements.NONE);
    }

    private static Centre centre() {
        return new Centre("CEN001", "Test centre", Instant.EPOCH);
    }

    private static Centre approvedCentre() {
        Centre centre = centre();
        centre.approve(QUALIFICATION);
        return centre;
    }
}
