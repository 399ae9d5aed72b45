package uk.awarding.platform.problem;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One invalid input: the field as the client named it (JSON property, query or path parameter) and why. Inside a
 * {@link Problem}'s extensions, so registered for reflection for the native image.
 */
@RegisterForReflection
public record FieldError(String field, String message) {
}
