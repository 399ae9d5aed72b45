package uk.awarding.registration.service;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;

/**
 * A registration rule a request breaks: the field to correct, the stable problem slug clients switch on, the
 * HTTP status it answers with on its own, and a message for people.
 */
public record RuleViolation(String field, String problem, @JsonIgnore int status, String message) {

    /** Each problem has one title, whether it comes alone or is one of several. */
    static String title(String problem) {
        return switch (problem) {
            case "unknown-qualification" -> "No such qualification";
            case "qualification-not-open" -> "The qualification is not open for registration";
            case "centre-not-approved" -> "The centre is not approved for the qualification";
            case "below-minimum-age" -> "The learner is below the qualification's minimum age";
            case "duplicate-registration" -> "The learner is already registered on the qualification";
            default -> "The request is not valid";
        };
    }

    ProblemException toProblem() {
        return new ProblemException(status, problem, title(problem), field + ": " + message)
                .with("errors", List.of(new FieldError(field, message)));
    }
}
