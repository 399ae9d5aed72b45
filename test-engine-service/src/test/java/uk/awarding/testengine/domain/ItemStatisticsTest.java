package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ItemStatisticsTest {

    private static final ItemStatistics.Bounds BOUNDS = new ItemStatistics.Bounds(0.2, 0.95, 0.1);

    @Test
    void facilityIsTheProportionAnsweringCorrectly() {
        var results = ItemStatistics.compute(List.of(
                List.of(r("X", "A", true), r("Y", "A", true)),
                List.of(r("X", "B", false), r("Y", "A", true)),
                List.of(r("X", "A", true), r("Y", "C", false)),
                List.of(r("X", null, false), r("Y", "A", true))), BOUNDS);

        assertEquals(0.5, byCode(results, "X").facility(), 1e-9);
        assertEquals(0.75, byCode(results, "Y").facility(), 1e-9);
    }

    @Test
    void countsEveryOptionChosenAndOmissions() {
        var results = ItemStatistics.compute(List.of(List.of(r("X", "A", true)), List.of(r("X", "B", false)),
                List.of(r("X", "B", false)), List.of(r("X", null, false))), BOUNDS);

        assertEquals(Map.of("A", 1, "B", 2, "C", 0, "D", 0, "omitted", 1), byCode(results, "X").optionCounts());
    }

    @Test
    void discriminationIsThePointBiserialAgainstTheRestOfTheForm() {
        // Rest scores (other two items): 2, 2, 1, 0; item X right for the first two only.
        var results = ItemStatistics.compute(List.of(
                List.of(r("X", "A", true), r("P", "A", true), r("Q", "A", true)),
                List.of(r("X", "A", true), r("P", "A", true), r("Q", "A", true)),
                List.of(r("X", "B", false), r("P", "A", true), r("Q", "B", false)),
                List.of(r("X", "B", false), r("P", "B", false), r("Q", "B", false))), BOUNDS);

        // Hand calculation: x = 1,1,0,0 (mean 0.5); y = 2,2,1,0 (mean 1.25);
        // cov = 0.375+0.375+0.125+0.625 = 1.5; sxx = 1; syy = 0.5625*2+0.0625+1.5625 = 2.75; r = 1.5/sqrt(2.75)
        assertEquals(1.5 / Math.sqrt(2.75), byCode(results, "X").discrimination(), 1e-9);
    }

    @Test
    void anItemWeakCandidatesGetRightAndStrongOnesWrongHasNegativeDiscriminationAndIsFlagged() {
        var results = ItemStatistics.compute(List.of(
                List.of(r("X", "B", false), r("P", "A", true), r("Q", "A", true)),
                List.of(r("X", "B", false), r("P", "A", true), r("Q", "A", true)),
                List.of(r("X", "A", true), r("P", "B", false), r("Q", "B", false)),
                List.of(r("X", "A", true), r("P", "B", false), r("Q", "B", false))), BOUNDS);

        var x = byCode(results, "X");
        assertEquals(-1.0, x.discrimination(), 1e-9);
        assertEquals(List.of("low-discrimination"), x.flags());
    }

    @Test
    void flagsItemsThatAreTooHardOrTooEasy() {
        var hard = ItemStatistics.compute(List.of(List.of(r("X", "B", false), r("P", "A", true)),
                List.of(r("X", "B", false), r("P", "B", false))), BOUNDS);
        var easy = ItemStatistics.compute(List.of(List.of(r("X", "A", true), r("P", "A", true)),
                List.of(r("X", "A", true), r("P", "B", false))), BOUNDS);

        assertTrue(byCode(hard, "X").flags().contains("too-hard"));
        assertTrue(byCode(easy, "X").flags().contains("too-easy"));
    }

    @Test
    void discriminationIsUndefinedWhenEveryoneScoresTheSameOnTheItem() {
        var results = ItemStatistics.compute(List.of(List.of(r("X", "A", true), r("P", "A", true)),
                List.of(r("X", "A", true), r("P", "B", false))), BOUNDS);

        assertNull(byCode(results, "X").discrimination());
        assertTrue(byCode(results, "X").flags().contains("low-discrimination"));
    }

    @Test
    void keepsVersionsOfAnItemApart() {
        var results = ItemStatistics.compute(List.of(List.of(new ItemStatistics.Response("X", 1, "A", true)),
                List.of(new ItemStatistics.Response("X", 2, "B", false))), BOUNDS);

        assertEquals(2, results.size());
        assertEquals(1, results.get(0).administrations());
    }

    private static ItemStatistics.Response r(String code, String option, boolean correct) {
        return new ItemStatistics.Response(code, 1, option, correct);
    }

    private static ItemStatistics.Result byCode(List<ItemStatistics.Result> results, String code) {
        return results.stream().filter(r -> r.itemCode().equals(code)).findFirst().orElseThrow();
    }
}
