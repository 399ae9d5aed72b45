package uk.awarding.registration.domain;

import java.util.Optional;

/**
 * A Unique Learner Number, checked exactly as the Learning Records Service does (LRS "ULN validation"
 * specification): ten digits, the first not zero, and the sum of each digit times its weight 10, 9, ..., 1
 * leaves remainder 10 when divided by 11. Because 11 is prime and every weight is below 11, changing any
 * single digit, or swapping two different adjacent digits, always breaks the check. 9999999999 is the LRS's
 * placeholder for a learner without a ULN yet: it is refused by name, so the message says why.
 */
public record Uln(String value) {

    static final String TEMPORARY = "9999999999";
    private static final int LENGTH = 10;

    public Uln {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Invalid ULN: " + problem.get());
        }
    }

    /** Why {@code candidate} is not a valid ULN, or empty when it is. */
    public static Optional<String> problem(String candidate) {
        if (candidate == null || candidate.length() != LENGTH || !candidate.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("must be exactly 10 digits");
        }
        if (candidate.charAt(0) == '0') {
            return Optional.of("must not start with 0");
        }
        if (TEMPORARY.equals(candidate)) {
            return Optional.of("9999999999 is the temporary ULN, not a learner's");
        }
        return weightedSum(candidate) % 11 == 10 ? Optional.empty()
                : Optional.of("check digit does not match (not a ULN issued by the Learning Records Service)");
    }

    public static boolean isValid(String candidate) {
        return problem(candidate).isEmpty();
    }

    private static int weightedSum(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += (digits.charAt(i) - '0') * (LENGTH - i);
        }
        return sum;
    }

    @Override
    public String toString() {
        return value;
    }
}
