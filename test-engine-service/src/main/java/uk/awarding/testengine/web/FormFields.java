package uk.awarding.testengine.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.domain.Deadline;

/**
 * The fields the consoles' forms share, checked as the API's requests are, so that a form with bad input gets one
 * problem naming every invalid field.
 */
final class FormFields {

    /** The longest reason the audit keeps. */
    static final int REASON_LENGTH = 1000;

    private FormFields() {
    }

    /** Whole minutes from 1 to {@link Deadline#MAX_ADDED_MINUTES}, or null with an error. */
    static Integer minutes(String minutes, List<FieldError> errors) {
        Integer parsed = minutes != null && minutes.strip().matches("[0-9]{1,3}") ? Integer.valueOf(minutes.strip())
                : null;
        if (parsed == null || parsed < 1 || parsed > Deadline.MAX_ADDED_MINUTES) {
            errors.add(new FieldError("minutes",
                    "must be a whole number of minutes from 1 to " + Deadline.MAX_ADDED_MINUTES));
            return null;
        }
        return parsed;
    }

    /** The reason as the audit keeps it, or null if none was given and none is needed. */
    static String reason(String reason, boolean required, List<FieldError> errors) {
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        if (stripped == null && required) {
            errors.add(new FieldError("reason", "must not be blank"));
        } else if (stripped != null && stripped.length() > REASON_LENGTH) {
            errors.add(new FieldError("reason", "size must be between 0 and " + REASON_LENGTH));
        }
        return stripped;
    }

    static String reason(String reason, boolean required) {
        List<FieldError> errors = new ArrayList<>();
        String checked = reason(reason, required, errors);
        requireValid(errors);
        return checked;
    }

    /** 400 {@code validation-failed} naming every invalid field, if there is one. */
    static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("validation-failed", "Check what you entered",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are not valid")
                    .with("errors", errors);
        }
    }

    /** A path segment or query value for a relative Location. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The errors a page's problem lists: those the problem carries, if any. */
    @SuppressWarnings("unchecked")
    static List<FieldError> errors(ProblemException e) {
        return e.extensions().get("errors") instanceof List<?> list ? (List<FieldError>) list : List.of();
    }
}
