package uk.awarding.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCharactersTest {

    /** Every distinct unit reference in the five seed specifications except the known typo F/502/4397. */
    static final List<String> SEED_UNIT_REFERENCES = List.of(
            "A/506/1821", "A/506/2130", "A/506/2158", "A/506/2161", "D/503/0397", "D/506/1942", "D/506/2119",
            "D/506/2153", "D/506/2167", "D/506/2170", "D/506/2962", "F/502/8612", "F/506/2131", "F/506/2159",
            "F/618/0495", "F/618/0500", "H/506/1814", "H/506/1912", "H/506/2154", "H/506/2977", "J/502/4397",
            "J/506/1921", "J/506/2163", "J/506/2910", "J/618/0496", "K/502/8622", "K/503/0418", "K/503/0421",
            "K/506/2155", "K/506/2169", "K/506/2172", "K/506/2978", "L/506/1788", "L/506/1807", "L/506/1869",
            "L/506/1905", "L/506/2133", "L/506/2150", "L/506/2181", "L/618/0497", "M/100/7116", "M/502/8587",
            "M/506/1895", "M/506/1931", "R/502/8615", "R/506/2134", "R/506/2151", "R/506/2179", "R/618/0498",
            "T/506/1820", "T/506/2126", "T/506/2143", "T/506/2157", "T/506/2160", "T/506/2952", "Y/506/2135",
            "Y/506/2149", "Y/506/2152", "Y/506/2166", "Y/506/2183", "Y/618/0499");

    @Test
    void seedsHoldSixtyOneValidUnitReferences() {
        assertEquals(61, SEED_UNIT_REFERENCES.size());
    }

    @ParameterizedTest
    @FieldSource("SEED_UNIT_REFERENCES")
    void acceptsEveryPublishedUnitReference(String reference) {
        assertEquals(Optional.empty(), CheckCharacters.unitReferenceWarning(reference));
    }

    @Test
    void warnsAboutProQualBespokeSoftwareTypo() {
        assertEquals(Optional.of("Unit reference F/502/4397 has check letter F but the digits give J"),
                CheckCharacters.unitReferenceWarning("F/502/4397"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "TBC", "L/506/215", "l/506/2150", "L-506-2150", "L/506/21500" })
    void warnsAboutMalformedUnitReference(String reference) {
        assertTrue(CheckCharacters.unitReferenceWarning(reference).orElseThrow().contains("not in the format"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "601/3577/3", "603/5681/9", "603/2394/2" })
    void acceptsEveryPublishedQualificationNumber(String number) {
        assertEquals(Optional.empty(), CheckCharacters.qualificationNumberWarning(number));
    }

    @Test
    void warnsAboutWrongQualificationCheckDigit() {
        assertEquals(Optional.of("Qualification number 603/2394/3 has check digit 3 but the digits give 2"),
                CheckCharacters.qualificationNumberWarning("603/2394/3"));
    }

    @Test
    void writesRemainderTenAsX() {
        // 8*1 = 8, 2*1 = 2: 10 mod 11 = 10.
        assertEquals(Optional.empty(), CheckCharacters.qualificationNumberWarning("100/0001/X"));
        assertTrue(CheckCharacters.qualificationNumberWarning("100/0001/0").isPresent());
    }

    @Test
    void warnsAboutMalformedQualificationNumber() {
        assertEquals(Optional.of("Qualification number 60356819 is not in the format NNN/NNNN/C"),
                CheckCharacters.qualificationNumberWarning("60356819"));
    }
}
