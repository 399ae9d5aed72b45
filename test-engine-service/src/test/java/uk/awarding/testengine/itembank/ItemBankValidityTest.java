package uk.awarding.testengine.itembank;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.awarding.testengine.DemoItemBank;

/**
 * The repository's demo item bank (the content package run.sh and the tests import), checked on every build for
 * option wording that gives the key away (the limits are those of {@link ItemBankValidity}). Each failure lists the
 * items or strategies to revise.
 */
class ItemBankValidityTest {

    private static ItemBankValidity bank;

    @BeforeAll
    static void read() {
        bank = ItemBankValidity.ofDemoBank();
    }

    @Test
    void spreadsTheKeyEvenlyOverTheLengthRanks() {
        assertNoFindings("key length rank", bank.keyLengthRanks());
    }

    @Test
    void putsAbsoluteWordsInKeysAsOftenAsInDistractors() {
        assertNoFindings("absolute words", bank.absoluteWords());
    }

    @Test
    void putsLegalTermsInKeysAsOftenAsInDistractors() {
        assertNoFindings("legal terms", bank.legalTerms());
    }

    @Test
    void neverLetsTheKeyAloneRepeatAStemWord() {
        assertNoFindings("stem-word cue", bank.stemCues());
    }

    @Test
    void letsNoStrategyPickTheKeyInMoreThan31PercentOfItems() {
        assertNoFindings("strategy hit rate", bank.strategyHitRates());
    }

    @Test
    void letsNoStrategyPassMoreThanOneFormInAThousandWithoutKnowledge() {
        assertNoFindings("pass rate without knowledge", bank.passRatesWithoutKnowledge());
    }

    @Test
    void letsNoStrategyPassMoreThan3PercentOfFormsWith30PercentKnowledge() {
        assertNoFindings("pass rate at 30 % knowledge", bank.passRatesAt30PercentKnowledge());
    }

    private static void assertNoFindings(String check, List<String> findings) {
        assertTrue(findings.isEmpty(),
                () -> DemoItemBank.DIRECTORY + " fails the " + check + " check:\n  " + String.join("\n  ", findings));
    }
}
