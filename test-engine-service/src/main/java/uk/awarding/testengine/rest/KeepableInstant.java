package uk.awarding.testengine.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A time the service's TIMESTAMP(6) columns can keep: MariaDB 11.4's TIMESTAMP runs from 1970-01-01T00:00:01Z to
 * 2038-01-19T03:14:07.999999Z, and a time outside it would fail the write. Null is left to {@code @NotNull}.
 */
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
@Constraint(validatedBy = KeepableInstant.Check.class)
public @interface KeepableInstant {

    Instant EARLIEST = Instant.parse("1970-01-01T00:00:01Z");
    Instant LATEST = Instant.parse("2038-01-19T03:14:07.999999Z");

    String message() default "must be between 1970-01-01T00:00:01Z and 2038-01-19T03:14:07.999999Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<KeepableInstant, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(EARLIEST) && !value.isAfter(LATEST);
        }
    }
}
