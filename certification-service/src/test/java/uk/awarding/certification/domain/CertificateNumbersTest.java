package uk.awarding.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CertificateNumbersTest {

    private final CertificateNumbers numbers = new CertificateNumbers(new Random(42));

    @Test
    void issuesThirteenCharactersFromTheUnambiguousAlphabet() {
        String number = numbers.next();
        assertEquals(13, number.length());
        assertTrue(number.chars().allMatch(c -> CertificateNumbers.ALPHABET.indexOf(c) >= 0), number);
        assertEquals(31, CertificateNumbers.ALPHABET.length());
        assertTrue(CertificateNumbers.ALPHABET.chars().noneMatch(c -> "01ILO".indexOf(c) >= 0));
    }

    @Test
    void acceptsEveryIssuedNumber() {
        for (int i = 0; i < 1000; i++) {
            String number = numbers.next();
            assertEquals(Optional.of(number), CertificateNumbers.normalise(number));
        }
    }

    @Test
    void rejectsEverySingleWrongCharacter() {
        String number = numbers.next();
        for (int position = 0; position < number.length(); position++) {
            for (char c : CertificateNumbers.ALPHABET.toCharArray()) {
                if (c != number.charAt(position)) {
                    String typo = number.substring(0, position) + c + number.substring(position + 1);
                    assertEquals(Optional.empty(), CertificateNumbers.normalise(typo), typo);
                }
            }
        }
    }

    @Test
    void rejectsEverySwapOfTwoDifferentCharacters() {
        String number = numbers.next();
        for (int i = 0; i < number.length(); i++) {
            for (int j = i + 1; j < number.length(); j++) {
                if (number.charAt(i) != number.charAt(j)) {
                    char[] swapped = number.toCharArray();
                    swapped[i] = number.charAt(j);
                    swapped[j] = number.charAt(i);
                    assertEquals(Optional.empty(), CertificateNumbers.normalise(new String(swapped)), new String(swapped));
                }
            }
        }
    }

    @Test
    void toleratesLowerCaseSpacesAndHyphensAsTyped() {
        String number = numbers.next();
        String typed = " " + number.substring(0, 4).toLowerCase() + "-" + number.substring(4, 8) + " " + number.substring(8);
        assertEquals(Optional.of(number), CertificateNumbers.normalise(typed));
    }

    @Test
    void rejectsWrongLengthForeignCharactersAndNull() {
        assertEquals(Optional.empty(), CertificateNumbers.normalise(null));
        assertEquals(Optional.empty(), CertificateNumbers.normalise("ABC"));
        assertEquals(Optional.empty(), CertificateNumbers.normalise("O00000000000I"));
    }

    @Test
    void checkCharacterIsTheWeightedSumModuloThirtyOne() {
        // payload "222222222223": values 0 except the last (value 1 at position 12) -> 12 mod 31 = 'E' (index 12)
        assertEquals('E', CertificateNumbers.checkCharacter("222222222223"));
        assertEquals('2', CertificateNumbers.checkCharacter("222222222222"));
    }

    @Test
    void numbersDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        CertificateNumbers secure = new CertificateNumbers();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(secure.next()));
        }
        assertNotEquals(secure.next(), secure.next());
    }
}
