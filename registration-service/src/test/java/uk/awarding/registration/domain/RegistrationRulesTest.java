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
        assertTrue(decide(bornOn(LocalDate.of(2001, 4, 12)), OPEN_FROM_16, approvedCentre(), null, null, TODAY).accepted());
    }

    @Test
    void aQualificationTheCatalogueDoesNotKnowIsTheOnlyRefusalAboutTheQualification() {
        Decision decision = decide(bornOn(TODAY.minusYears(5)), Optional.empty(), centre(), null, "CEN001", TODAY);
        assertEquals(List.of(new RuleViolation("qualificationId", "unknown-qualification", 422,
                "the catalogue has no qualification 'cg-2794-02'")), decision.refusals());
    }

    @Test
    void refusesAQualificationThatIsNotOpen() {
        for (String status : List.of("DRAFT", "WITHDRAWN")) {
            Decision decision = decide(bornOn(TODAY.minusYears(30)), Optional.of(new QualificationTerms(status, 16)),
                    approvedCentre(), null, null, TODAY);
            assertEquals(List.of(new RuleViolation("qualificationId", "qualification-not-open", 422,
                    "'cg-2794-02' is " + status + ", not open for registration")), decision.refusals());
        }
    }

    @Test
    void refusesACentreNotApprovedForTheQualification() {
        Centre centre = centre();
        centre.approve("ncfe-l2-diploma-customer-service-practitioners");
        Decision decision = decide(bornOn(TODAY.minusYears(30)), OPEN_FROM_16, centre, null, null, TODAY);
        assertEquals(List.of(new RuleViolation("qualificationId", "centre-not-approved", 403,
                "centre CEN001 is not approved for 'cg-2794-02'")), decision.refusals());
    }

    @Test
    void acceptsALearnerWhoReachesTheMinimumAgeOnTheRegistrationDate() {
        assertTrue(decide(bornOn(TODAY.minusYears(16)), OPEN_FROM_16, approvedCentre(), null, null, TODAY).accepted());
    }

    @Test
    void refusesALearnerOneDayShortOfTheMinimumAge() {
        Decision decision = decide(bornOn(TODAY.minusYears(16).plusDays(1)), OPEN_FROM_16, approvedCentre(), null, null,
                TODAY);
        assertEquals(List.of(new RuleViolation("dateOfBirth", "below-minimum-age", 422,
                "the learner is 15 on 2026-06-15; 'cg-2794-02' requires at least 16")), decision.refusals());
    }

    @Test
    void aLeapDayBirthdayCountsFromTheFirstOfMarchInOtherYears() {
        NewRegistration leapling = bornOn(LocalDate.of(2008, 2, 29));
        Optional<QualificationTerms> from18 = Optional.of(new QualificationTerms("OPEN", 18));
        assertEquals("below-minimum-age", decide(leapling, from18, approvedCentre(), null, null,
                LocalDate.of(2026, 2, 28)).refusals().get(0).problem());
        assertTrue(decide(leapling, from18, approvedCentre(), null, null, LocalDate.of(2026, 3, 1)).accepted());
    }

    @Test
    void aLeapDayBirthdayCountsOnTheDayInLeapYears() {
        NewRegistration leapling = bornOn(LocalDate.of(2004, 2, 29));
        Optional<QualificationTerms> from20 = Optional.of(new QualificationTerms("OPEN", 20));
        assertEquals("below-minimum-age", decide(leapling, from20, approvedCentre(), null, null,
                LocalDate.of(2024, 2, 28)).refusals().get(0).problem());
        assertTrue(decide(leapling, from20, approvedCentre(), null, null, LocalDate.of(2024, 2, 29)).accepted());
    }

    @Test
    void aQualificationWithoutMinimumAgeTakesAnyLearnerOfFourOrMore() {
        Optional<QualificationTerms> anyAge = Optional.of(new QualificationTerms("OPEN", null));
        assertTrue(decide(bornOn(TODAY.minusYears(4)), anyAge, approvedCentre(), null, null, TODAY).accepted());
    }

    @Test
    void refusesADateOfBirthThatCannotBeALearnersAndSkipsTheMinimumAge() {
        Decision decision = decide(bornOn(LocalDate.of(1890, 1, 1)), OPEN_FROM_16, approvedCentre(), null, null, TODAY);
        assertEquals(List.of(new RuleViolation("dateOfBirth", "impossible-date-of-birth", 422,
                "makes the learner 136 years old; a learner is younger than 115")), decision.refusals());
        assertEquals(List.of("impossible-date-of-birth"), problems(decide(bornOn(TODAY.plusDays(1)), OPEN_FROM_16,
                approvedCentre(), null, null, TODAY)));
    }

    @Test
    void refusesDetailsThatDifferFromTheRecordNamingOnlyTheFields() {
        Learner recorded = new Learner(ULN, "Amara", "Okafor", LocalDate.of(2001, 4, 12), Instant.EPOCH);
        NewRegistration request = new NewRegistration(ULN, "Chidi", "Okafor-Smith", LocalDate.of(1999, 1, 2),
                QUALIFICATION, AccessArrangements.NONE);
        Decision decision = decide(request, OPEN_FROM_16, approvedCentre(), recorded, null, TODAY);
        assertEquals(List.of("givenName", "familyName", "dateOfBirth"),
                decision.refusals().stream().map(RuleViolation::field).toList());
        for (RuleViolation refusal : decision.refusals()) {
            assertEquals("learner-details-mismatch", refusal.problem());
            assertEquals(422, refusal.status());
            assertEquals(RegistrationRules.DETAILS_MISMATCH, refusal.message());
        }
    }

    @Test
    void acceptsTheRecordedDetailsWrittenInAnotherLetterCase() {
        Learner recorded = new Learner(ULN, "Amara", "Okafor", LocalDate.of(2001, 4, 12), Instant.EPOCH);
        NewRegistration request = new NewRegistration(ULN, " AMARA ", "okafor", LocalDate.of(2001, 4, 12),
                QUALIFICATION, AccessArrangements.NONE);
        assertTrue(decide(request, OPEN_FROM_16, approvedCentre(), recorded, null, TODAY).accepted());
    }

    @Test
    void saysNothingOfTheRecordedLearnersAgeOrRegistrationsUntilTheDetailsMatch() {
        Learner recorded = new Learner(ULN, "Amara", "Okafor", TODAY.minusYears(15), Instant.EPOCH);
        Decision decision = decide(bornOn(TODAY.minusYears(30)), OPEN_FROM_16, approvedCentre(), recorded, "CEN002",
                TODAY);
        assertEquals(List.of("learner-details-mismatch"), problems(decision));
    }

    @Test
    void refusesASecondActiveRegistrationAtTheSameCentreNamingIt() {
        Decision decision = decide(bornOn(TODAY.minusYears(30)), OPEN_FROM_16, approvedCentre(), null, "CEN001", TODAY);
        assertEquals(List.of(new RuleViolation("qualificationId", "duplicate-registration", 409,
                "learner 9276308686 already has an active registration on 'cg-2794-02' at your centre")),
                decision.refusals());
    }

    @Test
    void refusesARegistrationHeldByAnotherCentreWithoutNamingItOrTheLearner() {
        Decision decision = decide(bornOn(TODAY.minusYears(30)), OPEN_FROM_16, approvedCentre(), null, "CEN002", TODAY);
        RuleViolation refusal = decision.refusals().get(0);
        assertEquals("duplicate-registration", refusal.problem());
        assertEquals(409, refusal.status());
        assertEquals(false, refusal.message().contains("CEN002") || refusal.message().contains(ULN.value()),
                refusal.message());
    }

    @Test
    void answersEveryBrokenRuleAtOnceInAFixedOrder() {
        Learner recorded = new Learner(ULN, "Amara", "Okafor", LocalDate.of(2001, 4, 12), Instant.EPOCH);
        NewRegistration request = new NewRegistration(ULN, "Amara", "Okafor-Smith", LocalDate.of(2999, 1, 1),
                QUALIFICATION, AccessArrangements.NONE);
        Decision decision = decide(request, Optional.of(new QualificationTerms("DRAFT", 16)), centre(), recorded,
                "CEN001", TODAY);
        assertEquals(List.of("impossible-date-of-birth", "learner-details-mismatch", "learner-details-mismatch",
                "qualification-not-open", "centre-not-approved"), problems(decision));
        assertEquals(List.of("qualification-not-open", "centre-not-approved", "below-minimum-age",
                "duplicate-registration"),
                problems(decide(bornOn(TODAY.minusYears(10)),
                        Optional.of(new QualificationTerms("DRAFT", 16)), centre(), null, "CEN001", TODAY)));
    }

    private static List<String> problems(Decision decision) {
        return decision.refusals().stream().map(RuleViolation::problem).toList();
    }

    private static Decision decide(NewRegistration request, Optional<QualificationTerms> qualification, Centre centre,
            Learner recorded, String activeAt, LocalDate today) {
        return RegistrationRules.decide(request, qualification, centre, recorded, activeAt, today);
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
