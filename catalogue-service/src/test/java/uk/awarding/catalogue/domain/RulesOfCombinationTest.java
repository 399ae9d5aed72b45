package uk.awarding.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of each seed specification, written out here from the seeds (not read from the data files), and
 * evaluated at and around each boundary.
 */
class RulesOfCombinationTest {

    private static final Achievement ACHIEVED = new Achievement(true, List.of());

    private static RuleGroup mandatory(String code, String title, RuleUnit... units) {
        return new RuleGroup(code, title, true, null, null, null, null, List.of(units));
    }

    private static RuleGroup optional(String code, String title, Integer minUnits, Integer maxUnits, Integer minCredits,
            Integer maxCredits, RuleUnit... units) {
        return new RuleGroup(code, title, false, minUnits, maxUnits, minCredits, maxCredits, List.of(units));
    }

    private static RuleUnit unit(String key, int level, Integer credits) {
        return new RuleUnit(key, level, credits);
    }

    private static Achievement failing(String... shortfalls) {
        return new Achievement(false, List.of(shortfalls));
    }

    private static List<String> plus(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    /** NCFE 603/5681/9: "learners are required to successfully complete 6 mandatory units". */
    @Nested
    class AllMandatory {
        final List<String> all = List.of("F/618/0495", "J/618/0496", "L/618/0497", "R/618/0498", "Y/618/0499", "F/618/0500");
        final RulesOfCombination rules = new RulesOfCombination("6 mandatory units", null, false,
                List.of(mandatory("M", "Mandatory units", all.stream().map(k -> unit(k, 2, null)).toArray(RuleUnit[]::new))),
                List.of());

        @Test
        void achievedWithAllSixUnits() {
            assertEquals(ACHIEVED, rules.evaluate(all));
        }

        @Test
        void namesTheOneMissingUnit() {
            assertEquals(failing("Needs every unit of Mandatory units (group M): missing Y/618/0499"),
                    rules.evaluate(all.stream().filter(k -> !k.equals("Y/618/0499")).toList()));
        }

        @Test
        void namesEveryMissingUnitWhenNothingIsAchieved() {
            assertEquals(failing("Needs every unit of Mandatory units (group M): missing " + String.join(", ", all)),
                    rules.evaluate(List.of()));
        }
    }

    /** C&G 2794-02: "all six mandatory units" and "one unit from the optional units". */
    @Nested
    class MandatoryPlusOneOptional {
        final List<String> mandatoryUnits = IntStream.rangeClosed(201, 206).mapToObj(n -> "2794-" + n).toList();
        final List<String> optionalUnits = IntStream.rangeClosed(207, 213).mapToObj(n -> "2794-" + n).toList();
        final RulesOfCombination rules = new RulesOfCombination("All six mandatory units and one optional unit", null,
                false, List.of(
                        mandatory("M", "Mandatory units",
                                mandatoryUnits.stream().map(k -> unit(k, 2, null)).toArray(RuleUnit[]::new)),
                        optional("O", "Optional units", 1, 1, null, null,
                                optionalUnits.stream().map(k -> unit(k, 2, null)).toArray(RuleUnit[]::new))),
                List.of());

        @Test
        void achievedWithMandatoryUnitsAndTheOnlineTestedUnit() {
            assertEquals(ACHIEVED, rules.evaluate(plus(mandatoryUnits, "2794-210")));
        }

        @Test
        void achievedWithAnyOneOptionalUnit() {
            for (String optionalUnit : optionalUnits) {
                assertEquals(ACHIEVED, rules.evaluate(plus(mandatoryUnits, optionalUnit)), optionalUnit);
            }
        }

        @Test
        void aSecondOptionalUnitIsNotAShortfall() {
            assertEquals(ACHIEVED, rules.evaluate(plus(mandatoryUnits, "2794-207", "2794-210")));
        }

        @Test
        void needsOneOptionalUnit() {
            assertEquals(failing("Needs 1 more unit from Optional units (group O): achieved 0 of 1"),
                    rules.evaluate(mandatoryUnits));
        }

        @Test
        void needsEveryMandatoryUnit() {
            assertEquals(failing("Needs every unit of Mandatory units (group M): missing 2794-206"),
                    rules.evaluate(List.of("2794-201", "2794-202", "2794-203", "2794-204", "2794-205", "2794-210")));
        }
    }

    /** SFJ draft: "14 credits from the mandatory units and a minimum of 13 credits from the optional units", 27. */
    @Nested
    class MandatoryPlusOptionalCreditsAndTotal {
        final List<String> mandatoryUnits = List.of("A/506/2130", "F/506/2131", "SFJ-3", "L/506/1788");
        final RulesOfCombination rules = new RulesOfCombination("14 + 13", 27, false, List.of(
                mandatory("A", "Mandatory units", unit("A/506/2130", 2, 5), unit("F/506/2131", 2, 2),
                        unit("SFJ-3", 2, 3), unit("L/506/1788", 2, 4)),
                optional("B", "Optional units", null, null, 13, null, unit("D/506/2119", 2, 3), unit("L/506/2133", 2, 2),
                        unit("A/506/2158", 2, 5), unit("T/506/2160", 2, 3), unit("K/506/2978", 2, 5),
                        unit("K/503/0421", 2, 7))),
                List.of());

        @Test
        void achievedWithExactlyThirteenOptionalCredits() {
            assertEquals(ACHIEVED, rules.evaluate(plus(mandatoryUnits, "A/506/2158", "T/506/2160", "K/506/2978")));
        }

        @Test
        void achievedWithMoreThanThirteenOptionalCredits() {
            assertEquals(ACHIEVED, rules.evaluate(plus(mandatoryUnits, "K/503/0421", "A/506/2158", "L/506/2133")));
        }

        @Test
        void twelveOptionalCreditsFallShortOfGroupAndTotal() {
            assertEquals(failing("Needs 1 more credit from Optional units (group B): achieved 12 of 13",
                    "Needs 1 more credit in total: achieved 26 of 27"),
                    rules.evaluate(plus(mandatoryUnits, "K/503/0421", "D/506/2119", "L/506/2133")));
        }

        @Test
        void optionalCreditsDoNotReplaceAMandatoryUnit() {
            assertEquals(failing("Needs every unit of Mandatory units (group A): missing SFJ-3"),
                    rules.evaluate(List.of("A/506/2130", "F/506/2131", "L/506/1788", "K/503/0421", "A/506/2158",
                            "K/506/2978", "D/506/2119")));
        }
    }

    /** ProQual 601/3577/3: A all (31), B at least 15 credits, at most 9 credits from C, 55 in total. */
    @Nested
    class GroupCreditMinimumAndMaximum {
        final List<String> groupA = List.of("L/506/2150", "Y/506/2152", "K/506/2169", "D/506/1942", "T/506/2952", "J/506/2910");
        final RulesOfCombination rules = new RulesOfCombination("55 credits", 55, false, List.of(
                mandatory("A", "Mandatory units", unit("L/506/2150", 3, 5), unit("Y/506/2152", 3, 5),
                        unit("K/506/2169", 3, 4), unit("D/506/1942", 3, 10), unit("T/506/2952", 3, 3),
                        unit("J/506/2910", 3, 4)),
                optional("B", "Optional units", null, null, 15, null, unit("Y/506/2166", 3, 5), unit("D/506/2167", 3, 3),
                        unit("R/506/2151", 3, 4), unit("D/506/2170", 3, 5), unit("K/506/2172", 3, 5),
                        unit("R/506/2179", 4, 6), unit("L/506/2133", 2, 2)),
                optional("C", "Optional units", null, null, null, 9, unit("H/506/1912", 3, 4), unit("T/506/1820", 3, 3),
                        unit("A/506/1821", 3, 4), unit("K/503/0418", 3, 6), unit("L/506/1807", 2, 2))),
                List.of());

        @Test
        void achievedWithFifteenFromBAndNineFromC() {
            // B: 5 + 5 + 5 = 15; C: 3 + 6 = 9.
            assertEquals(ACHIEVED, rules.evaluate(plus(groupA, "Y/506/2166", "D/506/2170", "K/506/2172",
                    "T/506/1820", "K/503/0418")));
        }

        @Test
        void achievedWithTwentyFourFromBAndNothingFromC() {
            // 5 + 3 + 4 + 5 + 5 + 2 = 24.
            assertEquals(ACHIEVED, rules.evaluate(plus(groupA, "Y/506/2166", "D/506/2167", "R/506/2151", "D/506/2170",
                    "K/506/2172", "L/506/2133")));
        }

        @Test
        void creditsAboveTheGroupCMaximumDoNotCountButDoNotFail() {
            // C: 4 + 3 + 4 + 6 = 17 achieved, 9 count: 31 + 15 + 9 = 55.
            assertEquals(ACHIEVED, rules.evaluate(plus(groupA, "Y/506/2166", "D/506/2170", "K/506/2172",
                    "H/506/1912", "T/506/1820", "A/506/1821", "K/503/0418")));
        }

        @Test
        void fourteenFromBFallsShortEvenWithMoreFromC() {
            // B: 5 + 5 + 4 = 14; C: 17 achieved, 9 count: 31 + 14 + 9 = 54.
            assertEquals(failing("Needs 1 more credit from Optional units (group B): achieved 14 of 15",
                    "Needs 1 more credit in total: achieved 54 of 55"),
                    rules.evaluate(plus(groupA, "Y/506/2166", "D/506/2170", "R/506/2151",
                            "H/506/1912", "T/506/1820", "A/506/1821", "K/503/0418")));
        }

        @Test
        void fiftyFourCreditsFallShortOfTheTotal() {
            // B: 15; C: 4 + 4 = 8.
            assertEquals(failing("Needs 1 more credit in total: achieved 54 of 55"),
                    rules.evaluate(plus(groupA, "Y/506/2166", "D/506/2170", "K/506/2172", "H/506/1912", "A/506/1821")));
        }
    }

    /**
     * EDI Level 2 NVQ Certificate: at least 28 credits, 8 mandatory, at least one unit from each optional group
     * (B to E), at least 11 credits at level 2 from groups B to E.
     */
    @Nested
    class OneFromEachOptionalGroupAndCreditsAtLevel {
        final List<String> groupA = List.of("CU791", "CU792");

        RulesOfCombination rules(LevelComparison comparison) {
            return new RulesOfCombination("28 credits", 28, true, List.of(
                    mandatory("A", "Mandatory units", unit("CU791", 1, 4), unit("CU792", 2, 4)),
                    optional("B", "Impression and image", null, null, null, null, unit("CU793", 1, 5),
                            unit("CU795", 2, 5), unit("CU818", 3, 6)),
                    optional("C", "Delivery", null, null, null, null, unit("CU805", 1, 5), unit("CU806", 2, 5),
                            unit("CU821", 3, 6)),
                    optional("D", "Handling problems", null, null, null, null, unit("CU813", 1, 5), unit("CU814", 1, 4),
                            unit("CU815", 2, 6), unit("CU756", 3, 6)),
                    optional("E", "Development and improvement", null, null, null, null, unit("CU825", 2, 6),
                            unit("CU826", 2, 5), unit("CU832", 3, 8))),
                    List.of(new CreditsAtLevel(11, 2, comparison, List.of("B", "C", "D", "E"))));
        }

        final RulesOfCombination rules = rules(LevelComparison.EXACTLY);

        @Test
        void achievedWithExactlyTwentyEightCredits() {
            // 8 + 5 + 5 + 5 + 5 = 28; level 2: 15.
            assertEquals(ACHIEVED, rules.evaluate(plus(groupA, "CU795", "CU806", "CU813", "CU826")));
        }

        @Test
        void twentySevenCreditsFallShortOfTheTotal() {
            assertEquals(failing("Needs 1 more credit in total: achieved 27 of 28"),
                    rules.evaluate(plus(groupA, "CU795", "CU806", "CU814", "CU826")));
        }

        @Test
        void achievedWithExactlyElevenCreditsAtLevelTwo() {
            // Level 2: 6 + 5 = 11; total 8 + 5 + 5 + 6 + 5 = 29.
            assertEquals(ACHIEVED, rules.evaluate(plus(groupA, "CU793", "CU805", "CU815", "CU826")));
        }

        @Test
        void tenCreditsAtLevelTwoFallShort() {
            // Level 2: 5 + 5 = 10; total 8 + 5 + 5 + 5 + 4 + 5 = 32.
            assertEquals(failing("Needs 1 more credit at level 2 from groups B, C, D, E: achieved 10 of 11"),
                    rules.evaluate(plus(groupA, "CU793", "CU806", "CU805", "CU814", "CU826")));
        }

        @Test
        void levelTwoCreditsOfTheMandatoryGroupDoNotCount() {
            // CU792 is level 2 but in group A; B to E give 5 + 5 level 2.
            assertEquals(failing("Needs 1 more credit at level 2 from groups B, C, D, E: achieved 10 of 11"),
                    rules.evaluate(plus(groupA, "CU795", "CU805", "CU814", "CU826", "CU793")));
        }

        @Test
        void levelThreeCreditsDoNotCountAsExactlyLevelTwo() {
            assertEquals(failing("Needs 11 more credits at level 2 from groups B, C, D, E: achieved 0 of 11"),
                    rules.evaluate(plus(groupA, "CU818", "CU821", "CU756", "CU832")));
        }

        @Test
        void levelThreeCreditsCountWhenTheRuleSaysAtLeast() {
            assertEquals(ACHIEVED, rules(LevelComparison.AT_LEAST).evaluate(plus(groupA, "CU818", "CU821", "CU756", "CU832")));
        }

        @Test
        void atLeastRuleNamesTheLevelAsAMinimum() {
            assertEquals(failing("Needs 1 more credit at level 2 or above from groups B, C, D, E: achieved 10 of 11"),
                    rules(LevelComparison.AT_LEAST).evaluate(plus(groupA, "CU793", "CU806", "CU805", "CU814", "CU826")));
        }

        @Test
        void needsAUnitFromEveryOptionalGroup() {
            // No group D; total 8 + 5 + 6 + 5 + 6 + 6 + 8 = 44.
            assertEquals(failing("Needs 1 more unit from Handling problems (group D): achieved 0 of 1"),
                    rules.evaluate(plus(groupA, "CU795", "CU818", "CU806", "CU821", "CU825", "CU832")));
        }

        @Test
        void needsBothMandatoryUnits() {
            assertEquals(failing("Needs every unit of Mandatory units (group A): missing CU791"),
                    rules.evaluate(List.of("CU792", "CU795", "CU793", "CU806", "CU815", "CU826")));
        }

        @Test
        void nothingAchievedListsEveryShortfall() {
            List<String> expected = Stream.of(
                    "Needs every unit of Mandatory units (group A): missing CU791, CU792",
                    "Needs 1 more unit from Impression and image (group B): achieved 0 of 1",
                    "Needs 1 more unit from Delivery (group C): achieved 0 of 1",
                    "Needs 1 more unit from Handling problems (group D): achieved 0 of 1",
                    "Needs 1 more unit from Development and improvement (group E): achieved 0 of 1",
                    "Needs 28 more credits in total: achieved 0 of 28",
                    "Needs 11 more credits at level 2 from groups B, C, D, E: achieved 0 of 11").toList();
            assertEquals(new Achievement(false, expected), rules.evaluate(List.of()));
        }
    }

    @Test
    void unitMaximumCountsOnlyTheLargestUnitsTowardsTheTotal() {
        RulesOfCombination rules = new RulesOfCombination("one optional", 10, false, List.of(
                mandatory("A", "Mandatory units", unit("M1", 2, 4)),
                optional("B", "Optional units", 1, 1, null, null, unit("O1", 2, 6), unit("O2", 2, 5))),
                List.of());
        assertEquals(ACHIEVED, rules.evaluate(List.of("M1", "O1", "O2")));
        assertEquals(failing("Needs 1 more credit in total: achieved 9 of 10"), rules.evaluate(List.of("M1", "O2")));
    }

    @Test
    void groupUnitMinimumAboveOneCountsDown() {
        RulesOfCombination rules = new RulesOfCombination("two optional", null, false, List.of(
                optional("B", "Optional units", 2, null, null, null, unit("O1", 2, null), unit("O2", 2, null),
                        unit("O3", 2, null))),
                List.of());
        assertEquals(failing("Needs 2 more units from Optional units (group B): achieved 0 of 2"), rules.evaluate(List.of()));
        assertEquals(failing("Needs 1 more unit from Optional units (group B): achieved 1 of 2"),
                rules.evaluate(List.of("O3")));
        assertEquals(ACHIEVED, rules.evaluate(List.of("O1", "O3")));
    }
}
