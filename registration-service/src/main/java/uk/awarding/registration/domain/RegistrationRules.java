package uk.awarding.registration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a centre may register a learner on a qualification, decided only from facts read beforehand, so the
 * decision reads nothing, writes nothing and is the same every time for the same facts.
 */
public final class RegistrationRules {

    private RegistrationRules() {
    }

    /** Accepted when no rule is broken; a single registration answers with the first refusal, a batch row with all. */
    public record Decision(List<RuleViolation> refusals, List<LearnerMismatch> learnerMismatches) {

        public boolean accepted() {
            return refusals.isEmpty();
        }
    }

    /**
     * Every rule {@code request} breaks, in a fixed order (qualification open, centre approved, minimum age,
     * duplicate), and how its learner details differ from the learner on record.
     *
     * @param qualification the catalogue's terms for the qualification; empty when the catalogue does not know it
     * @param centre the calling centre with its approvals
     * @param recorded the learner on record for the ULN, or null for a learner new to the awarding organisation
     * @param alreadyActive whether the learner already has an ACTIVE registration on the qualification
     * @param registrationDate today, in the zone whose calendar counts the learner's age
     */
    public static Decision decide(NewRegistration request, Optional<QualificationTerms> qualification, Centre centre,
            Learner recorded, boolean alreadyActive, LocalDate registrationDate) {
        List<LearnerMismatch> mismatches = recorded == null ? List.of()
                : recorded.differencesFrom(request.givenName(), request.familyName(), request.dateOfBirth());
        String qualificationId = request.qualificationId();
        if (qualification.isEmpty()) {
            // No centre is approved for, and no learner registered on, a qualification the catalogue does not know.
            return new Decision(List.of(new RuleViolation("qualificationId", "unknown-qualification", 422,
                    "the catalogue has no qualification '" + qualificationId + "'")), mismatches);
        }
        QualificationTerms terms = qualification.get();
        List<RuleViolation> refusals = new ArrayList<>();
        if (!terms.isOpen()) {
            refusals.add(new RuleViolation("qualificationId", "qualification-not-open", 422,
                    "'" + qualificationId + "' is " + terms.status() + ", not open for registration"));
        }
        if (!centre.isApprovedFor(qualificationId)) {
            refusals.add(new RuleViolation("qualificationId", "centre-not-approved", 403,
                    "centre " + centre.centreNumber() + " is not approved for '" + qualificationId + "'"));
        }
        // A learner on record keeps their recorded date of birth, whatever a centre sends.
        LocalDate dateOfBirth = recorded != null ? recorded.dateOfBirth() : request.dateOfBirth();
        Integer minimumAge = terms.minimumAge();
        int age = Learner.age(dateOfBirth, registrationDate);
        if (minimumAge != null && age < minimumAge) {
            refusals.add(new RuleViolation("dateOfBirth", "below-minimum-age", 422,
                    "the learner is " + age + " on " + registrationDate + "; '" + qualificationId
                            + "' requires at least " + minimumAge));
        }
        if (alreadyActive) {
            refusals.add(new RuleViolation("qualificationId", "duplicate-registration", 409,
                    "learner " + request.uln() + " already has an active registration on '" + qualificationId + "'"));
        }
        return new Decision(List.copyOf(refusals), mismatches);
    }
}
