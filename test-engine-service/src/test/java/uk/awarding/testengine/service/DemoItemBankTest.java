package uk.awarding.testengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.awarding.testengine.DemoItemBank;
import uk.awarding.testengine.domain.ItemContent;

/**
 * The repository's demo item bank (the QTI 3.0 content package {@code item-bank/2794-210}), read by the service's own
 * package reader and checked on every build: a data error fails here, not at an import.
 * Coverage rules from issue 4: at least three times the blueprint per learning outcome (5/5/8/7 for 2794-210) and
 * every assessment criterion of unit 210 (C&G 2794-02 handbook, unit 210) covered by several items.
 */
class DemoItemBankTest {

    private static final Map<String, Integer> BLUEPRINT = Map.of("LO1", 5, "LO2", 5, "LO3", 8, "LO4", 7);
    private static final Map<String, Integer> CRITERIA_PER_OUTCOME = Map.of("LO1", 5, "LO2", 5, "LO3", 7, "LO4", 6);
    private static List<ItemContent> bank;

    @BeforeAll
    static void read() {
        QtiContentPackage.Reading reading = new QtiContentPackage(new QtiItems()).read(DemoItemBank.files());
        assertEquals(List.of(), reading.problems(), "every item reads and obeys the item rules");
        bank = reading.items().stream().map(QtiContentPackage.PackagedItem::content).toList();
    }

    @Test
    void holdsOneUnitOnly() {
        assertEquals(Set.of("2794-210"), bank.stream().map(ItemContent::unit).collect(Collectors.toSet()));
    }

    @Test
    void holdsAtLeastThreeTimesTheBlueprintForEveryLearningOutcome() {
        Map<String, Long> perOutcome = bank.stream()
                .collect(Collectors.groupingBy(ItemContent::learningOutcome, Collectors.counting()));
        BLUEPRINT.forEach((lo, questions) -> assertTrue(perOutcome.getOrDefault(lo, 0L) >= 3L * questions,
                lo + " has " + perOutcome.get(lo)));
        assertTrue(bank.size() >= 120);
    }

    @Test
    void coversEveryAssessmentCriterionOfTheUnitWithSeveralItems() {
        Map<String, Long> perCriterion = new TreeMap<>(bank.stream()
                .collect(Collectors.groupingBy(ItemContent::assessmentCriterion, Collectors.counting())));
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
        bank.forEach(item -> item.options().forEach(option -> assertTrue(
                !option.toLowerCase().matches(".*\\b(all|none|both|neither) of the (above|options).*"),
                item.stem() + ": " + option)));
    }

    @Test
    void givesNoLengthClue() {
        // No key may stand out by length: more than a quarter longer or shorter than the mean of its distractors,
        // except where options are single words (PESTLE headings), which carry no length clue.
        bank.forEach(item -> {
            int key = item.option(item.key()).length();
            double distractors = distractors(item).mapToInt(String::length).average().orElseThrow();
            boolean singleWords = item.options().stream().noneMatch(o -> o.contains(" "));
            assertTrue(singleWords || (key <= 1.25 * distractors && key >= 0.75 * distractors),
                    item.stem() + ": key " + key + " characters, distractors " + distractors);
        });
        long keyLongest = bank.stream().filter(DemoItemBankTest::keyIsStrictlyLongest).count();
        assertTrue(keyLongest <= bank.size() * 0.3, "key longest in " + keyLongest + " items");
    }

    @Test
    void spreadsKeysOverAllFourPositions() {
        Map<String, Long> keys = bank.stream()
                .collect(Collectors.groupingBy(ItemContent::key, Collectors.counting()));
        keys.values().forEach(count -> assertTrue(count >= bank.size() / 5, "keys: " + keys));
    }

    private static boolean keyIsStrictlyLongest(ItemContent item) {
        int key = item.option(item.key()).length();
        return distractors(item).allMatch(o -> o.length() < key);
    }

    private static Stream<String> distractors(ItemContent item) {
        return ItemContent.OPTION_IDS.stream().filter(id -> !id.equals(item.key())).map(item::option);
    }
}
