package uk.awarding.testengine.itembank;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link ItemBankValidityTest} must fail the bank as it stood before the item review, frozen here:
 * its keys are the second-longest option in most items, absolutes and legal terms sit in distractors, keys repeat stem
 * words, and a candidate who knows nothing passes by taking the second-longest option. A checker that lets this bank
 * through has lost its teeth.
 */
class PreReviewBankTest {

    static final Path BANK = Path.of("src/test/resources/item-bank-before-review/2794-210.json");

    private static ItemBankValidity bank;

    @BeforeAll
    static void read() throws IOException {
        bank = ItemBankValidity.of(BANK);
    }

    @Test
    void failsTheKeyLengthRankOnTheSecondLongestOption() {
        assertNamed(bank.keyLengthRanks(), "the key is the 2nd-longest option");
    }

    @Test
    void failsAbsoluteWordsAndLegalTerms() {
        assertNamed(bank.absoluteWords(), "absolute words are in");
        assertNamed(bank.legalTerms(), "legal terms are in");
    }

    @Test
    void failsTheStemWordCueNamingTheItems() {
        assertNamed(bank.stemCues(), "210-1-016: only the key repeats a stem word: [guests]");
    }

    @Test
    void failsTheStrategyHitRateOnTheSecondLongestOption() {
        assertNamed(bank.strategyHitRates(), "second-longest picks the key");
    }

    @Test
    void failsThePassRatesWithAndWithoutKnowledge() {
        assertNamed(bank.passRatesWithoutKnowledge(), "second-longest passes");
        assertNamed(bank.passRatesAt30PercentKnowledge(), "second-longest passes");
    }

    private static void assertNamed(List<String> findings, String expected) {
        assertFalse(findings.isEmpty(), "the check found nothing in the pre-review bank");
        assertTrue(findings.stream().anyMatch(f -> f.startsWith(expected)), () -> "no finding starts with '" + expected
                + "':\n  " + String.join("\n  ", findings));
    }
}
