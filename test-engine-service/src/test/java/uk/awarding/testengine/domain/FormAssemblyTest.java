package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.awarding.testengine.DemoItemBank;
import uk.awarding.testengine.domain.FormAssembly.Candidate;
import uk.awarding.testengine.domain.FormAssembly.Form;
import uk.awarding.testengine.service.QtiContentPackage;
import uk.awarding.testengine.service.QtiItems;

/**
 * The properties of assembled forms, each checked over many seeded draws: on the item bank that ships with the
 * service (2794-210) and on synthetic banks built to break one rule at a time.
 */
class FormAssemblyTest {

    private static final int DRAWS = 10_000;

    /** C&G 2794-02 handbook, section 4: unit 210 takes 5/5/8/7 questions from LO1-LO4. */
    private static final Blueprint UNIT_210 = new Blueprint(List.of(new Blueprint.Entry("LO1", 5),
            new Blueprint.Entry("LO2", 5), new Blueprint.Entry("LO3", 8), new Blueprint.Entry("LO4", 7)));
    /** Unit 210's assessment criteria as the catalogue lists them: 5/5/7/6 under LO1-LO4, 23 in all. */
    private static final Map<String, List<String>> CRITERIA_210 = criteria(5, 5, 7, 6);

    private static List<Candidate> bank;

    @BeforeAll
    static void readTheDemoBank() {
        List<Candidate> live = new ArrayList<>();
        for (QtiContentPackage.PackagedItem item : new QtiContentPackage(new QtiItems()).read(DemoItemBank.files()).items()) {
            ItemContent content = item.content();
            live.add(new Candidate(live.size() + 1, item.itemCode(), content.learningOutcome(),
                    content.assessmentCriterion(), content.enemies()));
        }
        bank = List.copyOf(live);
    }

    @Test
    void everyFormOfTheDemoBankCoversEveryCriterionByTheBlueprint() {
        FormAssembly assembly = new FormAssembly(UNIT_210, CRITERIA_210, bank, Map.of());
        Random random = new Random(1);
        Set<String> allCriteria = CRITERIA_210.values().stream().flatMap(List::stream).collect(Collectors.toSet());

        for (int d = 0; d < DRAWS; d++) {
            Form form = assembly.draw(random);
            assertSound(form, bank);
            assertEquals(allCriteria, form.items().stream().map(Candidate::assessmentCriterion).collect(Collectors.toSet()));
            assertEquals(Map.of("LO1", 5L, "LO2", 5L, "LO3", 8L, "LO4", 7L), perOutcome(form));
            Map<String, Long> perCriterion = perCriterion(form);
            // LO1 and LO2: each AC once; LO3 and LO4: each AC once and one AC twice. Never three times.
            assertEquals(Map.of("LO3", 1L, "LO4", 1L), perCriterion.entrySet().stream().filter(e -> e.getValue() == 2)
                    .collect(Collectors.groupingBy(e -> "LO" + e.getKey().charAt(2), Collectors.counting())));
            assertTrue(perCriterion.values().stream().allMatch(n -> n <= 2));
            assertTrue(form.comparable());
            assertNull(form.expectedScore());
        }
    }

    @Test
    void listsTheItemsOutcomeByOutcomeInBlueprintOrder() {
        FormAssembly assembly = new FormAssembly(UNIT_210, CRITERIA_210, bank, Map.of());
        Random random = new Random(2);
        List<String> expected = new ArrayList<>();
        UNIT_210.entries().forEach(e -> expected.addAll(Collections.nCopies(e.questions(), e.learningOutcome())));

        for (int d = 0; d < 1_000; d++) {
            assertEquals(expected, assembly.draw(random).items().stream().map(Candidate::learningOutcome).toList());
        }
    }

    @Test
    void drawsAtRandomUsingEveryLiveItemAndEveryExtraCriterion() {
        FormAssembly assembly = new FormAssembly(UNIT_210, CRITERIA_210, bank, Map.of());
        Random random = new Random(3);
        Map<Long, Integer> itemUses = new HashMap<>();
        Map<String, Integer> extraCriteria = new TreeMap<>();
        Set<List<Long>> distinctForms = new HashSet<>();

        for (int d = 0; d < DRAWS; d++) {
            Form form = assembly.draw(random);
            form.items().forEach(i -> itemUses.merge(i.id(), 1, Integer::sum));
            perCriterion(form).forEach((ac, n) -> {
                if (n == 2) {
                    extraCriteria.merge(ac, 1, Integer::sum);
                }
            });
            distinctForms.add(form.itemIds());
        }

        assertEquals(bank.size(), itemUses.size(), "every live item appears on some form");
        // Each of LO3's 7 ACs and LO4's 6 ACs takes the extra question about equally often.
        assertEquals(13, extraCriteria.size(), extraCriteria.toString());
        extraCriteria.forEach((ac, n) -> {
            double expected = DRAWS / (ac.startsWith("AC3") ? 7.0 : 6.0);
            assertTrue(Math.abs(n - expected) < 0.15 * expected, ac + " was the extra " + n + " times");
        });
        // An item of an AC with k live items appears on about 1/k of the forms (2/k where its AC is the extra).
        bank.stream().filter(i -> i.learningOutcome().equals("LO1")).forEach(item -> {
            long k = bank.stream().filter(i -> i.assessmentCriterion().equals(item.assessmentCriterion())).count();
            assertTrue(Math.abs(itemUses.get(item.id()) - DRAWS / (double) k) < 0.15 * DRAWS / k, item.itemCode());
        });
        assertEquals(DRAWS, distinctForms.size(), "no form repeats in 10,000 draws");
        assertNotEquals(assembly.draw(new Random(1)).itemIds(), assembly.draw(new Random(2)).itemIds());
        assertEquals(assembly.draw(new Random(4)).itemIds(), assembly.draw(new Random(4)).itemIds());
    }

    @Test
    void neverPutsTwoEnemiesOnAFormWhicheverOfThemNamesTheOther() {
        // Enemies only one side names: every fourth item of the demo bank is an enemy of the next item of another
        // AC of its LO, and of an item of the next LO.
        Random pairs = new Random(5);
        Map<Long, List<String>> named = new HashMap<>();
        for (int i = 0; i < bank.size(); i += 4) {
            Candidate item = bank.get(i);
            List<Candidate> others = bank.stream()
                    .filter(o -> !o.assessmentCriterion().equals(item.assessmentCriterion())).toList();
            named.put(item.id(), List.of(others.get(pairs.nextInt(others.size())).itemCode(),
                    others.get(pairs.nextInt(others.size())).itemCode()));
        }
        List<Candidate> withEnemies = bank.stream().map(i -> new Candidate(i.id(), i.itemCode(), i.learningOutcome(),
                i.assessmentCriterion(), named.getOrDefault(i.id(), List.of()))).toList();
        Set<Set<String>> enemyPairs = new HashSet<>();
        withEnemies.forEach(i -> i.enemies().forEach(e -> enemyPairs.add(Set.of(i.itemCode(), e))));
        assertTrue(enemyPairs.size() >= 60);
        FormAssembly assembly = new FormAssembly(UNIT_210, CRITERIA_210, withEnemies, Map.of());
        Random random = new Random(6);
        Set<Long> used = new HashSet<>();

        for (int d = 0; d < DRAWS; d++) {
            Form form = assembly.draw(random);
            assertSound(form, withEnemies);
            assertEquals(23, perCriterion(form).size());
            form.items().forEach(i -> used.add(i.id()));
            Set<String> codes = form.items().stream().map(Candidate::itemCode).collect(Collectors.toSet());
            for (Set<String> pair : enemyPairs) {
                assertFalse(codes.containsAll(pair), "enemies " + pair + " share a form");
            }
        }
        assertEquals(bank.size(), used.size(), "an item with enemies still appears on forms without them");
    }

    @Test
    void keepsEveryFormWithinHalfAMarkOfTheMeanExpectedScore() {
        // Facilities spread from 0.2 to 0.95; every fifth item has too few responses and has none.
        Random spread = new Random(7);
        Map<Long, Double> facilities = new HashMap<>();
        bank.stream().filter(i -> i.id() % 5 != 0).forEach(i -> facilities.put(i.id(), 0.2 + 0.75 * spread.nextDouble()));
        FormAssembly assembly = new FormAssembly(UNIT_210, CRITERIA_210, bank, facilities);
        Map<String, Double> slotMean = slotMeans(facilities);
        double mean = assembly.meanScore();
        assertEquals(expectedMean(slotMean), mean, 1e-9);

        Random random = new Random(8);
        Set<Long> used = new HashSet<>();
        double total = 0;
        double spreadOfUnbalanced = 0;
        for (int d = 0; d < DRAWS; d++) {
            Form form = assembly.draw(random);
            assertSound(form, bank);
            assertEquals(23, perCriterion(form).size());
            // An item without a facility counts at the mean of its AC's items that have one.
            double expected = form.items().stream().mapToDouble(i -> facilities.containsKey(i.id())
                    ? facilities.get(i.id()) : slotMean.get(i.assessmentCriterion())).sum();
            assertEquals(expected, form.expectedScore(), 1e-9);
            assertTrue(Math.abs(expected - mean) <= FormAssembly.MAX_SCORE_GAP, "form at " + expected + ", mean " + mean);
            assertTrue(form.comparable());
            total += expected;
            form.items().forEach(i -> used.add(i.id()));
        }
        assertEquals(bank.size(), used.size(), "balancing still uses every live item");
        assertEquals(mean, total / DRAWS, 0.05);

        // Without balancing, the same facilities give forms further apart: the rule does something.
        FormAssembly unbalanced = new FormAssembly(UNIT_210, CRITERIA_210, bank, Map.of());
        Random again = new Random(9);
        for (int d = 0; d < 2_000; d++) {
            double score = unbalanced.draw(again).items().stream().mapToDouble(i -> facilities.containsKey(i.id())
                    ? facilities.get(i.id()) : slotMean.get(i.assessmentCriterion())).sum();
            spreadOfUnbalanced = Math.max(spreadOfUnbalanced, Math.abs(score - mean));
        }
        assertTrue(spreadOfUnbalanced > 1.0, "unbalanced forms reach " + spreadOfUnbalanced);
    }

    @Test
    void balancesBanksWhereFewRandomFormsAreComparable() {
        // Items at facility 0.02 or 0.98 only: a random form is rarely within half a mark, so swaps do the work.
        Map<Long, Double> facilities = new HashMap<>();
        bank.forEach(i -> facilities.put(i.id(), i.id() % 2 == 0 ? 0.02 : 0.98));
        FormAssembly assembly = new FormAssembly(UNIT_210, CRITERIA_210, bank, facilities);
        Random random = new Random(10);

        for (int d = 0; d < DRAWS; d++) {
            Form form = assembly.draw(random);
            assertSound(form, bank);
            assertTrue(Math.abs(form.expectedScore() - assembly.meanScore()) <= FormAssembly.MAX_SCORE_GAP);
        }
    }

    @Test
    void usesTheClosestFormWhenNoneIsComparable() {
        // Two ACs of one question; each item is the enemy of the other AC's item of the other facility, so every
        // form scores 0 or 2 against a mean of 1.
        Blueprint blueprint = new Blueprint(List.of(new Blueprint.Entry("LO1", 2)));
        List<Candidate> items = List.of(item(1, "210-1-001", "AC1.1", "210-1-004"),
                item(2, "210-1-002", "AC1.1", "210-1-003"), item(3, "210-1-003", "AC1.2"), item(4, "210-1-004", "AC1.2"));
        Map<Long, Double> facilities = Map.of(1L, 0.0, 2L, 1.0, 3L, 0.0, 4L, 1.0);
        FormAssembly assembly = new FormAssembly(blueprint, Map.of("LO1", List.of("AC1.1", "AC1.2")), items, facilities);

        Form form = assembly.draw(new Random(11));

        assertFalse(form.comparable());
        assertEquals(1.0, form.meanScore(), 1e-9);
        assertEquals(1.0, Math.abs(form.expectedScore() - 1.0), 1e-9);
    }

    @Test
    void findsTheFewFormsThatEnemiesLeave() {
        // Six items per AC; items of different ACs are enemies unless they have the same number, so only six of the
        // 6^23 ways to fill the slots hold no enemies and random draws practically never meet one.
        Blueprint oneEach = new Blueprint(List.of(new Blueprint.Entry("LO1", 5), new Blueprint.Entry("LO2", 5),
                new Blueprint.Entry("LO3", 7), new Blueprint.Entry("LO4", 6)));
        List<String> acs = CRITERIA_210.values().stream().flatMap(List::stream).toList();
        List<Candidate> items = new ArrayList<>();
        for (int a = 0; a < acs.size(); a++) {
            for (int n = 0; n < 6; n++) {
                List<String> enemies = new ArrayList<>();
                for (int b = 0; b < a; b++) {
                    for (int m = 0; m < 6; m++) {
                        if (m != n) {
                            enemies.add(code(acs.get(b), m));
                        }
                    }
                }
                items.add(new Candidate(a * 6L + n, code(acs.get(a), n), "LO" + acs.get(a).charAt(2), acs.get(a), enemies));
            }
        }
        FormAssembly assembly = new FormAssembly(oneEach, CRITERIA_210, items, Map.of());
        Random random = new Random(12);
        Set<String> numbers = new HashSet<>();

        for (int d = 0; d < 20; d++) {
            Form form = assembly.draw(random);
            assertSound(form, items);
            Set<String> number = form.items().stream().map(i -> i.itemCode().substring(i.itemCode().length() - 1))
                    .collect(Collectors.toSet());
            assertEquals(1, number.size(), form.items().toString());
            numbers.addAll(number);
        }
        assertTrue(numbers.size() > 1, "the search starts from a random item");
    }

    @Test
    void namesEveryCriterionWithoutALiveItem() {
        List<Candidate> thin = bank.stream()
                .filter(i -> !i.assessmentCriterion().equals("AC3.6") && !i.assessmentCriterion().equals("AC1.2")).toList();

        var error = assertThrows(InsufficientItemsException.class,
                () -> new FormAssembly(UNIT_210, CRITERIA_210, thin, Map.of()));

        assertEquals(List.of("AC1.2 has no live item", "AC3.6 has no live item"), error.shortfalls());
    }

    @Test
    void refusesAnOutcomeWithMoreCriteriaThanQuestions() {
        Blueprint tooFew = new Blueprint(List.of(new Blueprint.Entry("LO1", 5), new Blueprint.Entry("LO2", 5),
                new Blueprint.Entry("LO3", 6), new Blueprint.Entry("LO4", 9)));

        var error = assertThrows(InsufficientItemsException.class,
                () -> new FormAssembly(tooFew, CRITERIA_210, bank, Map.of()));

        assertEquals(List.of("LO3 has 7 assessment criteria but only 6 questions"), error.shortfalls());
    }

    @Test
    void refusesAnOutcomeTheUnitOrTheBlueprintLeavesOut() {
        Map<String, List<String>> withoutLo4 = new LinkedHashMap<>(CRITERIA_210);
        withoutLo4.remove("LO4");
        withoutLo4.put("LO5", List.of("AC5.1"));

        var error = assertThrows(InsufficientItemsException.class,
                () -> new FormAssembly(UNIT_210, withoutLo4, bank, Map.of()));

        assertEquals(List.of("LO5 of the unit has no questions in the blueprint, so AC5.1 cannot be tested",
                "LO4 has no assessment criteria in the unit"), error.shortfalls());
    }

    @Test
    void namesTwoEnemiesThatEveryFormNeeds() {
        Blueprint blueprint = new Blueprint(List.of(new Blueprint.Entry("LO1", 2), new Blueprint.Entry("LO2", 1)));
        List<Candidate> items = List.of(item(1, "210-1-001", "AC1.1"), item(2, "210-1-002", "AC1.2"),
                item(3, "210-1-003", "AC1.2"), item(4, "210-2-001", "AC2.1", "210-1-001"));

        var error = assertThrows(InsufficientItemsException.class, () -> new FormAssembly(blueprint,
                Map.of("LO1", List.of("AC1.1", "AC1.2"), "LO2", List.of("AC2.1")), items, Map.of()));

        assertEquals(List.of("210-1-001 (AC1.1) and 210-2-001 (AC2.1) are enemies, but every form needs both: their "
                + "assessment criteria have no other live item"), error.shortfalls());
    }

    @Test
    void namesACriterionWhoseEveryItemIsAnEnemyOfANeededItem() {
        // AC1.1 has one item, so every form needs it; it is an enemy of both items of AC2.1 (named by either side).
        Blueprint blueprint = new Blueprint(List.of(new Blueprint.Entry("LO1", 1), new Blueprint.Entry("LO2", 1)));
        List<Candidate> items = List.of(item(1, "210-1-001", "AC1.1", "210-2-001"), item(2, "210-2-001", "AC2.1"),
                item(3, "210-2-002", "AC2.1", "210-1-001"));

        var error = assertThrows(InsufficientItemsException.class, () -> new FormAssembly(blueprint,
                Map.of("LO1", List.of("AC1.1"), "LO2", List.of("AC2.1")), items, Map.of()));

        assertEquals(List.of("AC2.1 cannot be tested: its live items are enemies of items every form needs, "
                + "210-1-001 (AC1.1)"), error.shortfalls());
    }

    @Test
    void namesAnExtraQuestionThatNoCriterionCanTake() {
        Blueprint blueprint = new Blueprint(List.of(new Blueprint.Entry("LO1", 3)));
        List<Candidate> items = List.of(item(1, "210-1-001", "AC1.1"), item(2, "210-1-002", "AC1.2"));

        var error = assertThrows(InsufficientItemsException.class, () -> new FormAssembly(blueprint,
                Map.of("LO1", List.of("AC1.1", "AC1.2")), items, Map.of()));

        assertEquals(List.of("LO1 has 3 questions for 2 assessment criteria, so 1 of them need a further live item "
                + "that can share a form, but only 0 have one"), error.shortfalls());
    }

    @Test
    void refusesWhenEnemiesLeaveNoFormAtAll() {
        // No item is needed on every form, yet each AC1.1 item is an enemy of both AC1.2 items.
        Blueprint blueprint = new Blueprint(List.of(new Blueprint.Entry("LO1", 2)));
        List<Candidate> items = List.of(item(1, "210-1-001", "AC1.1", "210-1-003", "210-1-004"),
                item(2, "210-1-002", "AC1.1", "210-1-003", "210-1-004"), item(3, "210-1-003", "AC1.2"),
                item(4, "210-1-004", "AC1.2"));
        FormAssembly assembly = new FormAssembly(blueprint, Map.of("LO1", List.of("AC1.1", "AC1.2")), items, Map.of());

        var error = assertThrows(InsufficientItemsException.class, () -> assembly.draw(new Random(13)));

        assertEquals(List.of("enemies leave no form that covers every assessment criterion; enemies: 210-1-001, "
                + "210-1-002, 210-1-003, 210-1-004"), error.shortfalls());
    }

    @Test
    void neverPutsTwoVersionsOfOneItemOnAForm() {
        Blueprint blueprint = new Blueprint(List.of(new Blueprint.Entry("LO1", 2)));
        List<Candidate> items = List.of(item(1, "210-1-001", "AC1.1"), item(2, "210-1-001", "AC1.1"),
                item(3, "210-1-002", "AC1.1"));
        FormAssembly assembly = new FormAssembly(blueprint, Map.of("LO1", List.of("AC1.1")), items, Map.of());
        Random random = new Random(14);

        for (int d = 0; d < 1_000; d++) {
            assertSound(assembly.draw(random), items);
        }
    }

    // --- helpers ---

    /** No duplicate item (id or code), no enemy pair, only items of the bank. */
    private static void assertSound(Form form, List<Candidate> from) {
        Set<Long> ids = new HashSet<>(from.stream().map(Candidate::id).toList());
        assertTrue(form.items().stream().allMatch(i -> ids.contains(i.id())));
        assertEquals(form.items().size(), form.items().stream().map(Candidate::id).distinct().count());
        assertEquals(form.items().size(), form.items().stream().map(Candidate::itemCode).distinct().count());
        Set<String> codes = form.items().stream().map(Candidate::itemCode).collect(Collectors.toSet());
        for (Candidate item : form.items()) {
            assertTrue(item.enemies().stream().noneMatch(codes::contains), item.itemCode() + " with an enemy");
        }
    }

    private static Map<String, Long> perOutcome(Form form) {
        return form.items().stream().collect(Collectors.groupingBy(Candidate::learningOutcome, Collectors.counting()));
    }

    private static Map<String, Long> perCriterion(Form form) {
        return form.items().stream().collect(Collectors.groupingBy(Candidate::assessmentCriterion, Collectors.counting()));
    }

    private static Map<String, Double> slotMeans(Map<Long, Double> facilities) {
        return bank.stream().collect(Collectors.groupingBy(Candidate::assessmentCriterion, Collectors.averagingDouble(
                i -> bank.stream().filter(o -> o.assessmentCriterion().equals(i.assessmentCriterion()))
                        .filter(o -> facilities.containsKey(o.id())).mapToDouble(o -> facilities.get(o.id()))
                        .average().orElseThrow())));
    }

    /** Each AC's mean once, plus for LO3 and LO4 the mean over their ACs for the extra question. */
    private static double expectedMean(Map<String, Double> slotMean) {
        double mean = slotMean.values().stream().mapToDouble(Double::doubleValue).sum();
        for (String lo : List.of("LO3", "LO4")) {
            mean += CRITERIA_210.get(lo).stream().mapToDouble(slotMean::get).average().orElseThrow();
        }
        return mean;
    }

    private static Map<String, List<String>> criteria(int... perOutcome) {
        Map<String, List<String>> criteria = new LinkedHashMap<>();
        for (int lo = 1; lo <= perOutcome.length; lo++) {
            int outcome = lo;
            criteria.put("LO" + lo, IntStream.rangeClosed(1, perOutcome[lo - 1]).mapToObj(ac -> "AC" + outcome + "." + ac)
                    .toList());
        }
        return criteria;
    }

    private static Candidate item(long id, String code, String criterion, String... enemies) {
        return new Candidate(id, code, "LO" + criterion.charAt(2), criterion, List.of(enemies));
    }

    /** An item code for item {@code n} of an AC, e.g. 210-3-065 for AC3.6 item 5. */
    private static String code(String criterion, int n) {
        return "210-" + criterion.charAt(2) + "-0" + criterion.substring(4) + n;
    }
}
