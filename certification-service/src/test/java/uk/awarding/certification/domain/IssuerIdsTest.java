package uk.awarding.certification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IssuerIdsTest {

    @Test
    void spellsTheAmpersandAndJoinsWordsWithHyphens() {
        assertEquals("city-and-guilds", IssuerIds.of("City & Guilds"));
        assertEquals("city-and-guilds", IssuerIds.of("City&Guilds"));
        assertEquals("sfj-awards", IssuerIds.of("SFJ Awards"));
    }

    @Test
    void keepsDigitsDropsAccentsAndPunctuation() {
        assertEquals("ncfe", IssuerIds.of(" NCFE. "));
        assertEquals("pearson-btec-2026", IssuerIds.of("Pearson (BTEC) 2026"));
        assertEquals("cymwysterau-cymru", IssuerIds.of("Cymwysterau Cymrû"));
    }

    @Test
    void aNameWithoutLettersOrDigitsHasNoId() {
        assertThrows(IllegalArgumentException.class, () -> IssuerIds.of(" . "));
        assertThrows(IllegalArgumentException.class, () -> IssuerIds.of("--"));
    }
}
