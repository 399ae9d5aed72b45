package uk.awarding.certification.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FamilyNamesTest {

    @Test
    void ignoresCaseAndSpacing() {
        assertTrue(FamilyNames.same("  okafor ", "Okafor"));
        assertTrue(FamilyNames.same("van  der BERG", "van der Berg"));
    }

    @Test
    void ignoresApostrophesAndHyphens() {
        assertTrue(FamilyNames.same("Oneill", "O'Neill"));
        assertTrue(FamilyNames.same("O’Neill", "O'Neill"));
        assertTrue(FamilyNames.same("Smith Jones", "Smith-Jones"));
    }

    @Test
    void ignoresAccentsAndSpellsSpecialLettersPlainly() {
        assertTrue(FamilyNames.same("Dwr-Lecki", "Dŵr-Łęcki"));
        assertTrue(FamilyNames.same("dŵr łęcki", "Dŵr-Łęcki"));
        assertTrue(FamilyNames.same("Muller", "Müller"));
        assertTrue(FamilyNames.same("Strasse", "Straße"));
        assertTrue(FamilyNames.same("Sorensen", "Sørensen"));
    }

    @Test
    void aDifferentLetterIsADifferentName() {
        assertFalse(FamilyNames.same("Okafur", "Okafor"));
        assertFalse(FamilyNames.same("Okafo", "Okafor"));
        assertFalse(FamilyNames.same("Dwr-Lecky", "Dŵr-Łęcki"));
    }

    @Test
    void nothingTypedMatchesNothing() {
        assertFalse(FamilyNames.same("", "Okafor"));
        assertFalse(FamilyNames.same("'-", "Okafor"));
        assertFalse(FamilyNames.same(null, "Okafor"));
        assertFalse(FamilyNames.same("''", "''"));
    }
}
