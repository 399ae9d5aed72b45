package uk.awarding.testengine.itembank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import uk.awarding.testengine.domain.Blueprint;
import uk.awarding.testengine.domain.FormAssembly;

/**
 * Candidates sitting many forms of the test: each item on a form the candidate knows with probability k and then
 * answers right; otherwise the candidate follows a strategy, which picks the key with the item's hit probability. The
 * forms are drawn once, by a pluggable drawer with a seeded {@link Random}, and every strategy and knowledge level is
 * judged on the same forms, so their differences are not noise between draws. For each form the chance of passing
 * (score at least {@link #PASS_MARK}) is computed exactly from the per-item chances rather than by sampling one
 * candidate, which has the same mean and less noise: pass rates near the 0.1 % limit stay stable.
 */
final class TestWiseSimulation {

    /** C&G 2794-02 unit 210: 25 questions, pass at 18. */
    static final int PASS_MARK = 18;

    /** The unit's blueprint (C&G 2794-02 handbook, section 4): 5/5/8/7 questions from LO1-LO4. */
    static final Blueprint UNIT_210 = new Blueprint(List.of(new Blueprint.Entry("LO1", 5),
            new Blueprint.Entry("LO2", 5), new Blueprint.Entry("LO3", 8), new Blueprint.Entry("LO4", 7)));

    private final List<BankItem> items;
    private final int[][] forms;

    /**
     * @param items the items the drawer draws from, each code once; a form holding any other code is refused
     * @param drawer draws one form
     */
    TestWiseSimulation(List<BankItem> items, Function<RandomGenerator, List<BankItem>> drawer, int formCount,
            long seed) {
        this.items = List.copyOf(items);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (index.put(items.get(i).code(), i) != null) {
                throw new IllegalArgumentException("Item code " + items.get(i).code() + " is in the bank twice");
            }
        }
        Random random = new Random(seed);
        forms = new int[formCount][];
        for (int f = 0; f < formCount; f++) {
            forms[f] = drawer.apply(random).stream().mapToInt(item -> {
                Integer i = index.get(item.code());
                if (i == null) {
                    throw new IllegalArgumentException("The drawer drew " + item.code() + ", which is not in the bank");
                }
                return i;
            }).toArray();
        }
    }

    /**
     * The engine's draw: {@link FormAssembly} over the LIVE items, every assessment criterion of the unit covered (the
     * criteria the items are tagged with, which for unit 210 are all 23), no two enemies on a form. Forms are not
     * balanced by facility here: the items have no statistics.
     */
    static Function<RandomGenerator, List<BankItem>> byAssessmentCriterion(List<BankItem> live) {
        Map<String, List<String>> criteria = live.stream().collect(Collectors.groupingBy(BankItem::learningOutcome,
                TreeMap::new, Collectors.collectingAndThen(Collectors.mapping(BankItem::assessmentCriterion,
                        Collectors.toCollection(TreeSet::new)), List::copyOf)));
        List<FormAssembly.Candidate> candidates = IntStream.range(0, live.size())
                .mapToObj(i -> new FormAssembly.Candidate(i, live.get(i).code(), live.get(i).learningOutcome(),
                        live.get(i).assessmentCriterion(), live.get(i).enemies()))
                .toList();
        FormAssembly assembly = new FormAssembly(UNIT_210, criteria, candidates, Map.of());
        return random -> assembly.draw(random).items().stream().map(item -> live.get((int) item.id())).toList();
    }

    /**
     * The share of forms a candidate passes who knows each item with probability {@code knowledge} and otherwise
     * answers right with the item's {@code hitProbability}.
     */
    double passRate(ToDoubleFunction<BankItem> hitProbability, double knowledge) {
        double[] right = items.stream()
                .mapToDouble(item -> knowledge + (1 - knowledge) * hitProbability.applyAsDouble(item)).toArray();
        double passes = 0;
        for (int[] form : forms) {
            double[] chances = new double[form.length];
            for (int q = 0; q < form.length; q++) {
                chances[q] = right[form[q]];
            }
            passes += passProbability(chances);
        }
        return passes / forms.length;
    }

    /**
     * The chance of at least {@link #PASS_MARK} right answers from independent questions with these chances: the
     * distribution of wrong answers, kept only up to the most a pass allows.
     */
    static double passProbability(double[] chances) {
        int allowed = chances.length - PASS_MARK;
        if (allowed < 0) {
            return 0;
        }
        double[] wrong = new double[allowed + 1];
        wrong[0] = 1;
        for (double right : chances) {
            for (int w = allowed; w > 0; w--) {
                wrong[w] = wrong[w] * right + wrong[w - 1] * (1 - right);
            }
            wrong[0] *= right;
        }
        double pass = 0;
        for (double p : wrong) {
            pass += p;
        }
        return pass;
    }
}
