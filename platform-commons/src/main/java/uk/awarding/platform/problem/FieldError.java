package uk.awarding.platform.problem;

/** One invalid input: the field as the client named it (JSON property, query or path parameter) and why. */
public record FieldError(String field, String message) {
}
