package uk.awarding.registration.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.awarding.registration.TestUlns;

class UlnTest {

    @ParameterizedTest
    @ValueSource(strings = { "9276308686", "1000000000", "1234567899", "9999999998", "4000000003" })
    void acceptsUlnsWhoseWeightedSumLeavesTen(String uln) {
        assertTrue(Uln.isValid(uln), uln);
        assertEquals(uln, new Uln(uln).value());
    }

    @Test
    void rejectsUlnWithWrongCheckDigit() {
        assertEquals(Optional.of("check digit does not match (not a ULN issued by the Learning Records Service)"),
                Uln.problem("9276308687"));
    }

    @Test
    void rejectsTheTemporaryUln() {
        assertEquals(Optional.of("9999999999 is the temporary ULN, not a learner's"), Uln.problem("9999999999"));
    }

    @Test
    void rejectsLeadingZeroEvenWhenTheSumWouldMatch() {
        // 0276308688: weighted sum 208 = 18 x 11 + 10 — only the leading zero makes it invalid.
        assertEquals(Optional.of("must not start with 0"), Uln.problem("0276308688"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "927630868", "92763086860", "92763O8686", "9276 08686", "+276308686", "٩٢٧٦٣٠٨٦٨٦" })
    void rejectsAnythingButTenAsciiDigits(String uln) {
        assertEquals(Optional.of("must be exactly 10 digits"), Uln.problem(uln));
    }

    @Test
    void rejectsNull() {
        assertFalse(Uln.isValid(null));
        assertThrows(IllegalArgumentException.class, () -> new Uln("9276308687"));
    }

    /** Property: for thousands of valid ULNs, each of the 90 single-digit changes is caught. */
    @Test
    void everySingleDigitChangeOfAValidUlnIsCaught() {
        Random random = new Random(20261123);
        int checked = 0;
        for (int n = 0; n < 3000; n++) {
            String valid = TestUlns.random(random);
            assertTrue(Uln.isValid(valid), valid);
            for (int position = 0; position < 10; position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (valid.charAt(position) == digit) {
                        continue;
                    }
                    String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
                    assertFalse(Uln.isValid(changed), valid + " changed to " + changed);
                    checked++;
                }
            }
        }
        assertEquals(3000 * 90, checked);
    }

    @Test
    void everyTranspositionOfTwoDifferentAdjacentDigitsIsCaught() {
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            String valid = TestUlns.random(random);
            for (int i = 0; i < 9; i++) {
                if (valid.charAt(i) != valid.charAt(i + 1)) {
                    String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
                    assertFalse(Uln.isValid(swapped), valid + " swapped to " + swapped);
                }
            }
        }
    }
}
