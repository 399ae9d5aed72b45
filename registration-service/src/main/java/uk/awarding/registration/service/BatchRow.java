package uk.awarding.registration.service;

import java.util.List;

import uk.awarding.registration.domain.NewRegistration;
import uk.awarding.registration.domain.RuleViolation;

/** One row of a batch as read: the registration it asks for, or why it could not even be read. */
public record BatchRow(int row, NewRegistration registration, List<RuleViolation> inputErrors) {

    public static BatchRow valid(int row, NewRegistration registration) {
        return new BatchRow(row, registration, List.of());
    }

    public static BatchRow invalid(int row, List<RuleViolation> errors) {
        return new BatchRow(row, null, errors);
    }
}
