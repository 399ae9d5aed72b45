package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ItemStatisticsTest {

    /** Flags from the first response, so each rule can be shown on a handful of sittings. */
    private static final ItemStatistics.Bounds BOUNDS = new ItemStatistics.Bounds(0.2, 0.95, 0.1, 1);

    @Test
    void noCompletedSittingsGiveNoResults() {
        assertEquals(List.of(), compute(List.of(), BOUNDS));
    }

    @Test
    void oneResponseIsReportedButTooFewToFlag() {
        var x = byCode(compute(List.of(List.of(r("X", "B"))), new ItemStatistics.Bounds(0.2, 0.95, 0.1, 100)), "X");

        assertEquals(1, x.administrations());
        assertEquals(0.0, x.facility());
        assertNull(x.discrimination());
        assertFalse(x.sufficient());
        assertEquals(100, x.minResponses());
        assertEquals(List.of(), x.flags());
    }

    @Test
    void flagsStartAtExactlyTheMinimumNumberOfResponses() {
        var bounds = new ItemStatistics.Bounds(0.2, 0.95, 0.1, 4);
        List<List<ItemStatistics.Response>> sittings = new ArrayList<>(List.of(
                List.of(r("X", "B"), r("P", "A")), List.of(r("X", "B"), r("P", "A")), List.of(r("X", "C"), r("P", "A"))));

        var three = byCode(compute(sittings, bounds), "X");
        sittings.add(List.of(r("X", "D"), r("P", "A")));
        var four = byCode(compute(sittings, bounds), "X");

        assertFalse(three.sufficient());
        assertEquals(List.of(), three.flags());
        assertEquals(0.0, three.facility(), "still reported below the minimum");
        assertTrue(four.sufficient());
        assertEquals(List.of("too-hard", "low-discrimination"), four.flags());
    }

    @Test
    void facilityIsTheProportionAnsweringCorrectly() {
        var results = compute(List.of(
                List.of(r("X", "A"), r("Y", "A")),
                List.of(r("X", "B"), r("Y", "A")),
                List.of(r("X", "A"), r("Y", "C")),
                List.of(r("X", null), r("Y", "A"))), BOUNDS);

        assertEquals(0.5, byCode(results, "X").facility(), 1e-9);
        assertEquals(0.75, byCode(results, "Y").facility(), 1e-9);
    }

    @Test
    void reportsTheKeyAndHowManyChoseEachOptionOrOmittedIt() {
        var x = byCode(compute(List.of(List.of(r("X", "A")), List.of(r("X", "B")), List.of(r("X", "B")),
                List.of(r("X", null))), BOUNDS), "X");

        assertEquals("A", x.key());
        assertEquals(ItemStatistics.CHOICES, x.options().stream().map(ItemStatistics.OptionStatistics::option).toList());
        assertEquals(List.of(1, 2, 0, 0, 1), x.options().stream().map(ItemStatistics.OptionStatistics::count).toList());
        assertEquals(List.of(0.25, 0.5, 0.0, 0.0, 0.25),
                x.options().stream().map(ItemStatistics.OptionStatistics::rate).toList());
        assertNull(option(x, "C").meanRestScore(), "nobody chose it");
        assertNull(option(x, "C").pointBiserial());
    }

    @Test
    void discriminationIsThePointBiserialAgainstTheRestOfTheForm() {
        // Rest scores (other two items): 2, 2, 1, 0; item X right for the first two only.
        var x = byCode(compute(List.of(
                List.of(r("X", "A"), r("P", "A"), r("Q", "A")),
                List.of(r("X", "A"), r("P", "A"), r("Q", "A")),
                List.of(r("X", "B"), r("P", "A"), r("Q", "B")),
                List.of(r("X", "B"), r("P", "B"), r("Q", "B"))), BOUNDS), "X");

        // Hand calculation: x = 1,1,0,0 (mean 0.5); y = 2,2,1,0 (mean 1.25);
        // cov = 0.375+0.375+0.125+0.625 = 1.5; sxx = 1; syy = 0.5625*2+0.0625+1.5625 = 2.75; r = 1.5/sqrt(2.75)
        assertEquals(1.5 / Math.sqrt(2.75), x.discrimination(), 1e-9);
        // Choosing the key is scoring the item, so the key's point-biserial is the discrimination; B's is its mirror.
        assertEquals(x.discrimination(), option(x, "A").pointBiserial(), 1e-12);
        assertEquals(-x.discrimination(), option(x, "B").pointBiserial(), 1e-12);
        assertEquals(2.0, option(x, "A").meanRestScore(), 1e-12);
        assertEquals(0.5, option(x, "B").meanRestScore(), 1e-12);
        assertEquals(List.of(), x.flags());
    }

    @Test
    void anItemWeakCandidatesGetRightAndStrongOnesWrongHasNegativeDiscriminationAndIsFlagged() {
        var x = byCode(compute(List.of(
                List.of(r("X", "B"), r("P", "A"), r("Q", "A")),
                List.of(r("X", "B"), r("P", "A"), r("Q", "A")),
                List.of(r("X", "A"), r("P", "B"), r("Q", "B")),
                List.of(r("X", "A"), r("P", "B"), r("Q", "B"))), BOUNDS), "X");

        assertEquals(-1.0, x.discrimination(), 1e-9);
        assertEquals(List.of("low-discrimination", "distractor-attracts-high-scorers"), x.flags());
    }

    @Test
    void aDistractorStrongCandidatesPreferToTheKeyIsFlagged() {
        // C is chosen by the two with the highest rest score (2), the key A by the weakest (0): a likely miskey.
        var x = byCode(compute(List.of(
                List.of(r("X", "C"), r("P", "A"), r("Q", "A")),
                List.of(r("X", "C"), r("P", "A"), r("Q", "A")),
                List.of(r("X", "B"), r("P", "B"), r("Q", "A")),
                List.of(r("X", "A"), r("P", "B"), r("Q", "B"))), BOUNDS), "X");

        assertTrue(option(x, "C").pointBiserial() > 0);
        assertTrue(option(x, "A").pointBiserial() < 0);
        assertTrue(x.flags().contains("distractor-attracts-high-scorers"), x.flags().toString());
    }

    @Test
    void aDistractorTiedWithTheKeyIsNotFlagged() {
        // A and B are each chosen by one candidate with rest score 2: equal point-biserials.
        var x = byCode(compute(List.of(
                List.of(r("X", "A"), r("P", "A"), r("Q", "A")),
                List.of(r("X", "B"), r("P", "A"), r("Q", "A")),
                List.of(r("X", "C"), r("P", "B"), r("Q", "B")),
                List.of(r("X", "D"), r("P", "B"), r("Q", "B"))), BOUNDS), "X");

        assertEquals(option(x, "A").pointBiserial(), option(x, "B").pointBiserial());
        assertEquals(List.of(), x.flags());
    }

    @Test
    void valuesExactlyOnTheFacilityBoundsAreNotFlagged() {
        List<List<ItemStatistics.Response>> oneInFive = new ArrayList<>();
        List<List<ItemStatistics.Response>> nineteenInTwenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // P follows X here, so X discriminates and only facility is at stake.
            String x = i < 19 ? "A" : "B";
            nineteenInTwenty.add(List.of(r("X", x), r("P", x)));
            if (i < 5) {
                String y = i < 1 ? "A" : "B";
                oneInFive.add(List.of(r("X", y), r("P", y)));
            }
        }

        var hardest = byCode(compute(oneInFive, BOUNDS), "X");
        var easiest = byCode(compute(nineteenInTwenty, BOUNDS), "X");

        assertEquals(0.2, hardest.facility());
        assertEquals(List.of(), hardest.flags());
        assertEquals(0.95, easiest.facility());
        assertEquals(List.of(), easiest.flags());
    }

    @Test
    void everyoneRightIsTooEasyAndDiscriminatesNobody() {
        var x = byCode(compute(List.of(List.of(r("X", "A"), r("P", "A")), List.of(r("X", "A"), r("P", "B"))), BOUNDS), "X");

        assertEquals(1.0, x.facility());
        assertNull(x.discrimination());
        assertEquals(1.0, option(x, "A").rate());
        assertEquals(List.of("too-easy", "low-discrimination"), x.flags());
    }

    @Test
    void everyoneWrongIsTooHardAndAStrongCandidatesDistractorIsFlaggedAgainstAnUndefinedKey() {
        var x = byCode(compute(List.of(List.of(r("X", "B"), r("P", "A")), List.of(r("X", "C"), r("P", "B"))), BOUNDS), "X");

        assertEquals(0.0, x.facility());
        assertNull(x.discrimination());
        assertNull(option(x, "A").pointBiserial(), "nobody chose the key");
        assertEquals(1.0, option(x, "B").pointBiserial(), 1e-12);
        assertEquals(List.of("too-hard", "low-discrimination", "distractor-attracts-high-scorers"), x.flags());
    }

    @Test
    void anOmittedAnswerIsWrongAndCountsAsAnAdministration() {
        var results = compute(List.of(
                List.of(r("X", null), r("P", "A")),
                List.of(r("X", null), r("P", "B")),
                List.of(r("X", "A"), r("P", null))), BOUNDS);
        var x = byCode(results, "X");
        var p = byCode(results, "P");

        assertEquals(3, x.administrations());
        assertEquals(1.0 / 3, x.facility(), 1e-12);
        assertEquals(2.0 / 3, option(x, ItemStatistics.OMITTED).rate(), 1e-12);
        assertEquals(0.5, option(x, ItemStatistics.OMITTED).meanRestScore(), 1e-12);
        assertEquals(1.0 / 3, p.facility(), 1e-12);
    }

    @Test
    void everyoneOmittingIsReportedAsAllOmitted() {
        var x = byCode(compute(List.of(List.of(r("X", null), r("P", "A")), List.of(r("X", null), r("P", "B"))), BOUNDS), "X");

        assertEquals(0.0, x.facility());
        assertEquals(1.0, option(x, ItemStatistics.OMITTED).rate());
        assertNull(option(x, ItemStatistics.OMITTED).pointBiserial(), "everybody omitted: no contrast");
        assertEquals(List.of("too-hard", "low-discrimination"), x.flags());
    }

    @Test
    void discriminationIsUndefinedWhenEveryRestScoreTies() {
        var x = byCode(compute(List.of(
                List.of(r("X", "A"), r("P", "A")),
                List.of(r("X", "B"), r("P", "A"))), BOUNDS), "X");

        assertNull(x.discrimination());
        assertTrue(x.options().stream().allMatch(o -> o.pointBiserial() == null));
        assertEquals(List.of("low-discrimination"), x.flags());
    }

    @Test
    void keepsVersionsOfAnItemApartInVersionOrder() {
        var results = compute(List.of(
                List.of(new ItemStatistics.Response("X", 10, "A", "A")),
                List.of(new ItemStatistics.Response("X", 2, "A", "B")),
                List.of(new ItemStatistics.Response("W", 1, "A", "B"))), BOUNDS);

        assertEquals(List.of("W#1", "X#2", "X#10"), results.stream().map(r -> r.itemCode() + "#" + r.version()).toList());
        assertEquals(1, results.get(1).administrations());
    }

    private static List<ItemStatistics.Result> compute(List<List<ItemStatistics.Response>> sittings,
            ItemStatistics.Bounds bounds) {
        var tally = new ItemStatistics.Tally();
        sittings.forEach(tally::addSitting);
        return tally.results(bounds);
    }

    /** A response to version 1 of an item keyed A. */
    private static ItemStatistics.Response r(String code, String option) {
        return new ItemStatistics.Response(code, 1, "A", option);
    }

    private static ItemStatistics.Result byCode(List<ItemStatistics.Result> results, String code) {
        return results.stream().filter(r -> r.itemCode().equals(code)).findFirst().orElseThrow();
    }

    private static ItemStatistics.OptionStatistics option(ItemStatistics.Result result, String option) {
        return result.options().stream().filter(o -> o.option().equals(option)).findFirst().orElseThrow();
    }
}
