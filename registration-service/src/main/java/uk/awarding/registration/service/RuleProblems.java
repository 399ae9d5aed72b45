package uk.awarding.registration.service;

import java.util.List;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.registration.domain.RuleViolation;

/** A broken registration rule as the problem a request answers with when it breaks that rule alone. */
final class RuleProblems {

    private RuleProblems() {
    }

    static ProblemException of(RuleViolation violation) {
        return new ProblemException(violation.status(), violation.problem(), title(violation.problem()),
                violation.field() + ": " + violation.message())
                .with("errors", List.of(new FieldError(violation.field(), violation.message())));
    }

    /** Each problem has one title, whether it comes alone or is one of several. */
    private static String title(String problem) {
        return switch (problem) {
            case "unknown-qualification" -> "No such qualification";
            case "qualification-not-open" -> "The qualification is not open for registration";
            case "centre-not-approved" -> "The centre is not approved for the qualification";
            case "below-minimum-age" -> "The learner is below the qualification's minimum age";
            case "duplicate-registration" -> "The learner is already registered on the qualification";
            default -> "The request is not valid";
        };
    }
}
