package uk.awarding.registration.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a date of birth can be a real learner's on the day a centre registers them. The bounds are the
 * Individualised Learner Record's own checks: a learner is younger than 115 (ILR rule DateOfBirth_04) and at least
 * 4 (DateOfBirth_05), and nobody is born today or later. A date outside (0001-01-01, 1890, next year) is a typing
 * error; it is refused so that it never reaches a learner record or a certificate. A qualification's own minimum
 * age is a separate rule ({@link RegistrationRules}).
 */
public final class DateOfBirth {

    /** A learner is younger than this. */
    static final int OLDEST = 115;
    /** A learner is at least this old. */
    static final int YOUNGEST = 4;

    private DateOfBirth() {
    }

    /** Why {@code dateOfBirth} cannot be a learner's on {@code today}, or empty when it can. */
    public static Optional<String> problem(LocalDate dateOfBirth, LocalDate today) {
        if (!dateOfBirth.isBefore(today)) {
            return Optional.of("must be in the past");
        }
        int age = Learner.age(dateOfBirth, today);
        if (age >= OLDEST) {
            return Optional.of("makes the learner " + age + " years old; a learner is younger than " + OLDEST);
        }
        if (age < YOUNGEST) {
            return Optional.of("makes the learner " + age + " years old; a learner is at least " + YOUNGEST);
        }
        return Optional.empty();
    }
}
