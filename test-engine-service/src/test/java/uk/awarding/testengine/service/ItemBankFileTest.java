package uk.awarding.testengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The item bank file that ships with the service, checked on every build: a data error fails here, not in production.
 * Coverage rules from issue 4: at least three times the blueprint per learning outcome (5/5/8/7 for 2794-210) and
 * every assessment criterion of unit 210 (C&G 2794-02 handbook, unit 210) covered by several items.
 */
class ItemBankFileTest {

    private static final Map<String, Integer> BLUEPRINT = Map.of("LO1", 5, "LO2", 5, "LO3", 8, "LO4", 7);
    private static final Map<String, Integer> CRITERIA_PER_OUTCOME = Map.of("LO1", 5, "LO2", 5, "LO3", 7, "LO4", 6);
    private static ItemBankFile bank;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ItemBankFileTest.class.getClassLoader().getResourceAsStream("item-bank/2794-210.json")) {
            bank = new ObjectMapper().findAndRegisterModules().readValue(in, ItemBankFile.class);
        }
    }

    @Test
    void obeysEveryStructuralRule() {
        assertEquals(List.of(), bank.errors());
        assertEquals("2794-210", bank.unit());
    }

    @Test
    void holdsAtLeastThreeTimesTheBlueprintForEveryLearningOutcome() {
        Map<String, Long> perOutcome = bank.items().stream()
                .collect(Collectors.groupingBy(ItemBankFile.Entry::learningOutcome, Collectors.counting()));
        BLUEPRINT.forEach((lo, questions) -> assertTrue(perOutcome.getOrDefault(lo, 0L) >= 3L * questions,
                lo + " has " + perOutcome.get(lo)));
        assertTrue(bank.items().size() >= 120);
    }

    @Test
    void coversEveryAssessmentCriterionOfTheUnitWithSeveralItems() {
        Map<String, Long> perCriterion = new TreeMap<>(bank.items().stream()
                .collect(Collectors.groupingBy(ItemBankFile.Entry::assessmentCriterion, Collectors.counting())));
        Set<String> expected = new TreeSet<>();
        CRITERIA_PER_OUTCOME.forEach((lo, count) -> {
            for (int i = 1; i <= count; i++) {
                expected.add("AC" + lo.substring(2) + "." + i);
            }
        });
        assertEquals(expected, perCriterion.keySet());
        perCriterion.forEach((ac, count) -> assertTrue(count >= 3, ac + " has only " + count));
    }

    @Test
    void hasNoAllOrNoneOfTheAboveOptions() {
        bank.items().forEach(item -> item.options().forEach(option -> assertTrue(
                !option.text().toLowerCase().matches(".*\\b(all|none|both|neither) of the (above|options).*"),
                item.itemCode() + ": " + option.text())));
    }

    @Test
    void givesNoLengthClue() {
        // No key may stand out by length: more than a quarter longer or shorter than the mean of its distractors,
        // except where options are single words (PESTLE headings), which carry no length clue.
        bank.items().forEach(item -> {
            int key = item.options().stream().filter(o -> o.id().equals(item.key())).findFirst().orElseThrow().text().length();
            double distractors = item.options().stream().filter(o -> !o.id().equals(item.key()))
                    .mapToInt(o -> o.text().length()).average().orElseThrow();
            boolean singleWords = item.options().stream().noneMatch(o -> o.text().contains(" "));
            assertTrue(singleWords || (key <= 1.25 * distractors && key >= 0.75 * distractors),
                    item.itemCode() + ": key " + key + " characters, distractors " + distractors);
        });
        long keyLongest = bank.items().stream().filter(ItemBankFileTest::keyIsStrictlyLongest).count();
        assertTrue(keyLongest <= bank.items().size() * 0.3, "key longest in " + keyLongest + " items");
    }

    @Test
    void spreadsKeysOverAllFourPositions() {
        Map<String, Long> keys = bank.items().stream()
                .collect(Collectors.groupingBy(ItemBankFile.Entry::key, Collectors.counting()));
        keys.values().forEach(count -> assertTrue(count >= bank.items().size() / 5, "keys: " + keys));
    }

    private static boolean keyIsStrictlyLongest(ItemBankFile.Entry item) {
        int key = item.options().stream().filter(o -> o.id().equals(item.key())).findFirst().orElseThrow().text().length();
        return item.options().stream().filter(o -> !o.id().equals(item.key())).allMatch(o -> o.text().length() < key);
    }
}
