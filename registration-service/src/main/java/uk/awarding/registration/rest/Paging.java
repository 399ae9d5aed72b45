package uk.awarding.registration.rest;

import java.util.ArrayList;
import java.util.List;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;

/**
 * {@code page} (from 0) and {@code size} (1 to 100) query parameters. Read as text here because JAX-RS
 * answers an unconvertible query parameter with 404, where the client deserves a 400 naming the parameter.
 */
record Paging(int page, int size) {

    static final int MAX_SIZE = 100;

    static Paging of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = parse(page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, "page", errors);
        int pageSize = parse(size, 20, 1, MAX_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("validation-failed", "The request is not valid",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are not valid")
                    .with("errors", errors);
        }
        return new Paging(pageNumber, pageSize);
    }

    private static int parse(String value, int absent, int min, int max, String name, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
