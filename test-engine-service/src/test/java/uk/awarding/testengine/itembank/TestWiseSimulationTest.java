package uk.awarding.testengine.itembank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TestWiseSimulationTest {

    private static final List<BankItem> BANK = IntStream.range(0, 100)
            .mapToObj(i -> new BankItem(String.format("210-%d-%03d", i % 4 + 1, i), "LIVE", "LO" + (i % 4 + 1),
                    "AC" + (i % 4 + 1) + ".1", "Which option is right?", List.of("a", "b", "c", "d"), "A", List.of()))
            .toList();

    @Test
    void passesWithTheBinomialTailOfTheQuestionsChances() {
        double[] chances = new double[25];
        java.util.Arrays.fill(chances, 0.72);

        double tail = IntStream.rangeClosed(18, 25).mapToDouble(j -> choose(25, j) * Math.pow(0.72, j)
                * Math.pow(0.28, 25 - j)).sum();

        assertEquals(tail, TestWiseSimulation.passProbability(chances), 1e-12);
    }

    @Test
    void passesAtEighteenAndNotBelow() {
        double[] eighteenSure = new double[25];
        java.util.Arrays.fill(eighteenSure, 0, 18, 1.0);
        double[] seventeenSure = new double[25];
        java.util.Arrays.fill(seventeenSure, 0, 17, 1.0);

        assertEquals(1.0, TestWiseSimulation.passProbability(eighteenSure), 1e-12);
        assertEquals(0.0, TestWiseSimulation.passProbability(seventeenSure), 1e-12);
        assertEquals(0.0, TestWiseSimulation.passProbability(new double[17]));
    }

    @Test
    void judgesStrategiesOnFormsFromThePluggedDrawer() {
        List<BankItem> fixedForm = BANK.subList(0, 25);
        var simulation = new TestWiseSimulation(BANK, random -> fixedForm, 10, 1);

        assertEquals(1.0, simulation.passRate(item -> fixedForm.indexOf(item) < 18 ? 1 : 0, 0), 1e-12);
        assertEquals(0.0, simulation.passRate(item -> fixedForm.indexOf(item) < 17 ? 1 : 0, 0), 1e-12);
        assertEquals(1.0, simulation.passRate(item -> 0, 1), 1e-12);
    }

    @Test
    void drawsAsTheEngineDoesEveryCriterionByTheBlueprint() {
        List<BankItem> form = TestWiseSimulation.byAssessmentCriterion(BANK).apply(new Random(1));

        Map<String, Long> perOutcome = form.stream()
                .collect(Collectors.groupingBy(BankItem::learningOutcome, Collectors.counting()));
        assertEquals(Map.of("LO1", 5L, "LO2", 5L, "LO3", 8L, "LO4", 7L), perOutcome);
        assertEquals(25, new HashSet<>(form).size());
        assertEquals(BANK.stream().map(BankItem::assessmentCriterion).collect(Collectors.toSet()),
                form.stream().map(BankItem::assessmentCriterion).collect(Collectors.toSet()));
    }

    @Test
    void refusesAFormWithAnItemOutsideTheBank() {
        assertThrows(IllegalArgumentException.class, () -> new TestWiseSimulation(BANK.subList(0, 50),
                random -> BANK.subList(50, 75), 1, 1));
    }

    private static double choose(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
