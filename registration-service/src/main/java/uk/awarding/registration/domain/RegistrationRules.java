package uk.awarding.registration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a centre may register a learner on a qualification, decided only from facts read beforehand, so the
 * decision reads nothing, writes nothing and is the same every time for the same facts.
 * <p>
 * The ULN is a national identifier and the learner record is shared by every centre: a centre may register a
 * learner the awarding organisation already knows, but only by sending the details on record. Until it has, it
 * learns nothing about that record beyond which of the fields it sent differ (never the recorded values), and
 * nothing about the learner's registrations or age: the record may be another centre's learner. A duplicate at
 * another centre is refused without naming that centre.
 */
public final class RegistrationRules {

    static final String DETAILS_MISMATCH = "does not match the learner record for this ULN; check it with the learner,"
            + " or ask the awarding organisation to correct the record";

    private RegistrationRules() {
    }

    /** Accepted when no rule is broken; otherwise every broken rule, in a fixed order. */
    public record Decision(List<RuleViolation> refusals) {

        public boolean accepted() {
            return refusals.isEmpty();
        }
    }

    /**
     * Every rule {@code request} breaks, in a fixed order: a date of birth that cannot be real, learner details that
     * differ from the record, then the qualification (known, open), the centre's approval, the minimum age and a
     * duplicate registration.
     *
     * @param qualification the catalogue's terms for the qualification; empty when the catalogue does not know it
     * @param centre the calling centre with its approvals
     * @param recorded the learner on record for the ULN, or null for a learner new to the awarding organisation
     * @param activeAt the centre holding the learner's ACTIVE registration on the qualification, or null for none
     * @param registrationDate today, in the zone whose calendar counts the learner's age
     */
    public static Decision decide(NewRegistration request, Optional<QualificationTerms> qualification, Centre centre,
            Learner recorded, String activeAt, LocalDate registrationDate) {
        List<RuleViolation> refusals = new ArrayList<>();
        Optional<RuleViolation> impossibleBirth = dateOfBirth(request.dateOfBirth(), registrationDate);
        impossibleBirth.ifPresent(refusals::add);
        List<String> mismatched = recorded == null ? List.of()
                : recorded.fieldsDifferingFrom(request.givenName(), request.familyName(), request.dateOfBirth());
        mismatched.forEach(field -> refusals.add(new RuleViolation(field, "learner-details-mismatch", 422,
                DETAILS_MISMATCH)));
        // Only a centre that sent the details on record learns about the learner's age and registrations.
        boolean learnerEstablished = mismatched.isEmpty();

        String qualificationId = request.qualificationId();
        if (qualification.isEmpty()) {
            // No centre is approved for, and no learner registered on, a qualification the catalogue does not know.
            refusals.add(new RuleViolation("qualificationId", "unknown-qualification", 422,
                    "the catalogue has no qualification '" + qualificationId + "'"));
            return new Decision(List.copyOf(refusals));
        }
        QualificationTerms terms = qualification.get();
        if (!terms.isOpen()) {
            refusals.add(new RuleViolation("qualificationId", "qualification-not-open", 422,
                    "'" + qualificationId + "' is " + terms.status() + ", not open for registration"));
        }
        if (!centre.isApprovedFor(qualificationId)) {
            refusals.add(new RuleViolation("qualificationId", "centre-not-approved", 403,
                    "centre " + centre.centreNumber() + " is not approved for '" + qualificationId + "'"));
        }
        Integer minimumAge = terms.minimumAge();
        if (learnerEstablished && impossibleBirth.isEmpty() && minimumAge != null) {
            int age = Learner.age(request.dateOfBirth(), registrationDate);
            if (age < minimumAge) {
                refusals.add(new RuleViolation("dateOfBirth", "below-minimum-age", 422,
                        "the learner is " + age + " on " + registrationDate + "; '" + qualificationId
                                + "' requires at least " + minimumAge));
            }
        }
        if (learnerEstablished && activeAt != null) {
            refusals.add(new RuleViolation("qualificationId", "duplicate-registration", 409,
                    activeAt.equals(centre.centreNumber())
                            ? "learner " + request.uln() + " already has an active registration on '" + qualificationId
                                    + "' at your centre"
                            : "the learner already has an active registration on this qualification at another centre;"
                                    + " a transfer between centres goes through the awarding organisation"));
        }
        return new Decision(List.copyOf(refusals));
    }

    /** A date of birth that cannot be a learner's ({@link DateOfBirth}), as the refusal that names the field. */
    public static Optional<RuleViolation> dateOfBirth(LocalDate dateOfBirth, LocalDate registrationDate) {
        return DateOfBirth.problem(dateOfBirth, registrationDate)
                .map(problem -> new RuleViolation("dateOfBirth", "impossible-date-of-birth", 422, problem));
    }
}
