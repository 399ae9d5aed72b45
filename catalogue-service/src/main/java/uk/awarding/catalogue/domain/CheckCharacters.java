package uk.awarding.catalogue.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Format and check-character rules for Ofqual qualification numbers ({@code NNN/NNNN/C}) and unit reference
 * numbers ({@code L/NNN/NNNN}). Ofqual does not publish the check rule; it is inferred from every number in the
 * five seed specifications: weights 8..2 over the seven digits, sum mod 11. For a QN the
 * remainder is the check digit (10 written as X, unverified); for a unit reference it indexes "ADFHJKLMRTY". The
 * rule validates 61 of the 62 unit references in the seeds, the exception being ProQual's typo F/502/4397 (its
 * own structure table says J/502/4397). Because it is inferred, a mismatch is a warning, never a rejection.
 */
public final class CheckCharacters {

    private static final Pattern QUALIFICATION_NUMBER = Pattern.compile("(\\d{3})/(\\d{4})/([0-9X])");
    private static final Pattern UNIT_REFERENCE = Pattern.compile("([A-Z])/(\\d{3})/(\\d{4})");
    private static final String UNIT_LETTERS = "ADFHJKLMRTY";

    private CheckCharacters() {
    }

    /** A warning for a qualification number that is malformed or whose check digit does not match; empty if fine. */
    public static Optional<String> qualificationNumberWarning(String number) {
        Matcher m = QUALIFICATION_NUMBER.matcher(number);
        if (!m.matches()) {
            return Optional.of("Qualification number " + number + " is not in the format NNN/NNNN/C");
        }
        int remainder = weightedRemainder(m.group(1) + m.group(2));
        String expected = remainder == 10 ? "X" : Integer.toString(remainder);
        return expected.equals(m.group(3)) ? Optional.empty()
                : Optional.of("Qualification number " + number + " has check digit " + m.group(3) + " but the digits give "
                        + expected);
    }

    /** A warning for a unit reference that is malformed or whose check letter does not match; empty if fine. */
    public static Optional<String> unitReferenceWarning(String reference) {
        Matcher m = UNIT_REFERENCE.matcher(reference);
        if (!m.matches()) {
            return Optional.of("Unit reference " + reference + " is not in the format L/NNN/NNNN");
        }
        char expected = UNIT_LETTERS.charAt(weightedRemainder(m.group(2) + m.group(3)));
        return expected == m.group(1).charAt(0) ? Optional.empty()
                : Optional.of("Unit reference " + reference + " has check letter " + m.group(1) + " but the digits give "
                        + expected);
    }

    private static int weightedRemainder(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (8 - i) * (sevenDigits.charAt(i) - '0');
        }
        return sum % 11;
    }
}
