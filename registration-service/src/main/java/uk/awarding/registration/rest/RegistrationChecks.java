package uk.awarding.registration.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.registration.domain.NewRegistration;
import uk.awarding.registration.domain.RegistrationRules;
import uk.awarding.registration.domain.RuleViolation;
import uk.awarding.registration.service.Registrations;

/**
 * The form of a registration request, checked as a whole so that one answer names every field to correct: every
 * constraint it breaks and, with them, a date of birth that cannot be real (a rule the request alone decides). A
 * request of the right form is then weighed against the records and the catalogue, which answer with every rule
 * it breaks in turn ({@link RegistrationRules}).
 */
@ApplicationScoped
public class RegistrationChecks {

    static final String VALIDATION_FAILED = "validation-failed";

    private final Validator validator;
    private final Registrations registrations;

    public RegistrationChecks(Validator validator, Registrations registrations) {
        this.validator = validator;
        this.registrations = registrations;
    }

    /** The registration a well-formed request asks for; otherwise one 400 {@code validation-failed} listing every error. */
    NewRegistration registration(RegistrationRequest request) {
        List<RuleViolation> errors = formErrors(request, List.of());
        if (!errors.isEmpty()) {
            throw new ProblemException(400, VALIDATION_FAILED, "The request is not valid",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are not valid; errors lists each.")
                    .with("errors", errors);
        }
        return request.toNewRegistration();
    }

    /**
     * {@code readErrors} (fields that could not even be read, as in a CSV row) followed by every constraint the
     * request breaks on the other fields and, when there is any error at all, an impossible date of birth; empty for a
     * request of the right form.
     */
    List<RuleViolation> formErrors(RegistrationRequest request, List<RuleViolation> readErrors) {
        Set<String> unreadable = new HashSet<>();
        readErrors.forEach(e -> unreadable.add(e.field()));
        List<RuleViolation> errors = new ArrayList<>(readErrors);
        validator.validate(request).stream()
                .map(v -> invalid(v.getPropertyPath().toString(), v.getMessage()))
                .filter(e -> !unreadable.contains(e.field())) // "must not be null" after "must be a date" says nothing new
                .forEach(errors::add);
        if (!errors.isEmpty() && request.dateOfBirth() != null) {
            RegistrationRules.dateOfBirth(request.dateOfBirth(), registrations.registrationDate()).ifPresent(errors::add);
        }
        errors.sort(Comparator.comparing(RuleViolation::field).thenComparing(RuleViolation::message));
        return errors;
    }

    static RuleViolation invalid(String field, String message) {
        return new RuleViolation(field, VALIDATION_FAILED, 400, message);
    }
}
