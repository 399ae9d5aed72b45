package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BlueprintTest {

    /** C&G 2794-02 handbook, section 4: unit 210 takes 5/5/8/7 questions from LO1-LO4. */
    private static final Blueprint UNIT_210 = new Blueprint(List.of(new Blueprint.Entry("LO1", 5),
            new Blueprint.Entry("LO2", 5), new Blueprint.Entry("LO3", 8), new Blueprint.Entry("LO4", 7)));

    private static final Map<String, List<String>> BANK = Map.of("LO1", pool("LO1", 15), "LO2", pool("LO2", 15),
            "LO3", pool("LO3", 24), "LO4", pool("LO4", 21));

    @Test
    void drawsExactlyTheBlueprintCountPerLearningOutcome() {
        List<String> form = UNIT_210.draw(BANK, new Random(1));

        assertEquals(25, form.size());
        assertEquals(5, form.stream().filter(i -> i.startsWith("LO1")).count());
        assertEquals(5, form.stream().filter(i -> i.startsWith("LO2")).count());
        assertEquals(8, form.stream().filter(i -> i.startsWith("LO3")).count());
        assertEquals(7, form.stream().filter(i -> i.startsWith("LO4")).count());
    }

    @Test
    void neverDrawsAnItemTwiceEvenIfThePoolRepeatsIt() {
        Map<String, List<String>> repeated = Map.of("LO1", List.of("a", "a", "b", "c", "d", "e"), "LO2", pool("LO2", 5),
                "LO3", pool("LO3", 8), "LO4", pool("LO4", 7));

        List<String> form = UNIT_210.draw(repeated, new Random(7));

        assertEquals(form.size(), new HashSet<>(form).size());
    }

    @Test
    void drawsDifferentFormsWithDifferentRandomness() {
        assertNotEquals(UNIT_210.draw(BANK, new Random(1)), UNIT_210.draw(BANK, new Random(2)));
    }

    @Test
    void usesEveryItemOfAPoolOverManyDraws() {
        var random = new Random(3);
        var seen = new HashSet<String>();
        IntStream.range(0, 200).forEach(i -> seen.addAll(UNIT_210.draw(BANK, random)));
        assertEquals(75, seen.size());
    }

    @Test
    void refusesWhenTheBankCannotFillAnOutcomeAndNamesEveryShortfall() {
        Map<String, List<String>> thin = Map.of("LO1", pool("LO1", 4), "LO2", pool("LO2", 5), "LO3", pool("LO3", 8));

        var error = assertThrows(InsufficientItemsException.class, () -> UNIT_210.draw(thin, new Random(1)));

        assertEquals(2, error.shortfalls().size());
        assertTrue(error.shortfalls().get(0).startsWith("LO1 needs 5"));
        assertTrue(error.shortfalls().get(1).startsWith("LO4 needs 7"));
    }

    @Test
    void countsQuestions() {
        assertEquals(25, UNIT_210.questionCount());
    }

    private static List<String> pool(String lo, int size) {
        return IntStream.rangeClosed(1, size).mapToObj(i -> lo + "-" + i).toList();
    }
}
