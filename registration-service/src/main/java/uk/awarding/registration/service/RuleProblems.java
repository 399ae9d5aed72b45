package uk.awarding.registration.service;

import java.util.List;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.registration.domain.RuleViolation;

/**
 * Broken registration rules as the one problem a request answers with: every broken rule in {@code errors}
 * ({@code field}, {@code problem}, {@code message}), and the first of them, in the rules' fixed order, as the
 * problem's own type and status.
 */
final class RuleProblems {

    private RuleProblems() {
    }

    static ProblemException of(List<RuleViolation> violations) {
        RuleViolation first = violations.get(0);
        String detail = violations.size() == 1 ? first.field() + ": " + first.message()
                : violations.size() + " rules are broken; errors lists each with the field to correct.";
        return new ProblemException(first.status(), first.problem(), title(first.problem()), detail)
                .with("errors", violations);
    }

    /** Each problem has one title, whether it comes alone or is one of several. */
    static String title(String problem) {
        return switch (problem) {
            case "unknown-qualification" -> "No such qualification";
            case "qualification-not-open" -> "The qualification is not open for registration";
            case "centre-not-approved" -> "The centre is not approved for the qualification";
            case "below-minimum-age" -> "The learner is below the qualification's minimum age";
            case "duplicate-registration" -> "The learner is already registered on the qualification";
            case "impossible-date-of-birth" -> "The date of birth cannot be a learner's";
            case "learner-details-mismatch" -> "The learner details do not match the record for this ULN";
            default -> "The request is not valid";
        };
    }
}
