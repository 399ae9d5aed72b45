package uk.awarding.testengine.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Assembles a candidate's form from a unit's live items so that it tests every assessment criterion (AC) of the
 * unit, holds no two enemies and is about as hard as any other form.
 * <ul>
 * <li><b>Slots</b>: each learning outcome (LO) takes the blueprint's number of questions. They are spread over the
 * LO's ACs as evenly as possible: every AC gets {@code questions / criteria} items and the remaining
 * {@code questions % criteria} extra questions go to that many different ACs of the LO, chosen at random among those
 * with a spare live item (2794-210: each of the 23 ACs once, plus one extra AC in LO3 and one in LO4). An LO with more
 * ACs than questions cannot cover them all and is refused.</li>
 * <li><b>Enemies</b>: two items are enemies if either names the other; a form never holds both, nor two versions of
 * one item.</li>
 * <li><b>Randomness</b>: the extra ACs are chosen uniformly and each slot's items uniformly among its AC's live
 * items; a draw that breaks a rule is thrown away and drawn again, so every acceptable form keeps its chance.</li>
 * <li><b>Comparable forms</b>: a form's expected score is the sum of its items' facilities. It must lie within
 * {@link #MAX_SCORE_GAP} of the mean expected score over all forms, which is the sum over slots of the mean facility
 * of the slot's items (an extra question counts at the mean over the ACs that can take it). An item without a
 * facility (too few responses so far) counts at the mean of its AC's items that have one; without any facility at
 * all, forms are not balanced. A form outside the gap is drawn again; after a bounded number of forms the closest
 * is improved by swapping items within their AC, and if it is still outside it is used anyway and reported as not
 * comparable: a start never fails for it.</li>
 * <li><b>Order</b>: LO by LO in blueprint order, shuffled within each LO.</li>
 * </ul>
 * Where the bank cannot give a form at all (an AC with no live item, enemies that rule an AC out, an LO with more ACs
 * than questions), the constructor throws {@link InsufficientItemsException} naming every shortfall it can see.
 */
public final class FormAssembly {

    /** The largest difference, in marks, between a form's expected score and the mean over all forms. */
    public static final double MAX_SCORE_GAP = 0.5;
    /** Random draws per form, including those thrown away for enemies. */
    static final int MAX_DRAWS = 2_000;
    /** Enemy-free forms drawn while looking for a comparable one. */
    static final int MAX_FORMS = 200;
    /** Swaps tried on the closest form when no drawn form was comparable. */
    static final int MAX_SWAPS = 5_000;
    /** Items tried by the exhaustive search that runs when random draws find no enemy-free form. */
    static final int MAX_SEARCH_STEPS = 1_000_000;

    /** A live item as assembly sees it: its version's id, its code, where it belongs and its enemies' codes. */
    public record Candidate(long id, String itemCode, String learningOutcome, String assessmentCriterion,
            List<String> enemies) {

        public Candidate {
            enemies = enemies == null ? List.of() : List.copyOf(enemies);
        }
    }

    /**
     * A form: its items in the order the candidate sees them, their expected score and the mean over all forms
     * (both null when no item has a facility yet), and whether it lies within {@link #MAX_SCORE_GAP} of that mean.
     */
    public record Form(List<Candidate> items, Double expectedScore, Double meanScore, boolean comparable) {

        public List<Long> itemIds() {
            return items.stream().map(Candidate::id).toList();
        }
    }

    private record Outcome(String learningOutcome, int questions, List<String> criteria, int base, int extras) {
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    /** The live items each AC can draw from, in the unit's AC order; items ruled out by enemies are left out. */
    private final Map<String, List<Candidate>> pools = new LinkedHashMap<>();
    private final Map<String, Set<String>> enemies = new HashMap<>();
    /** Each poolable item's facility, known or its AC's mean; empty when forms are not balanced. */
    private final Map<Long, Double> facility = new HashMap<>();
    private final Double meanScore;

    /**
     * @param blueprint questions per LO
     * @param criteria the unit's ACs by LO, e.g. {@code LO1 -> [AC1.1, ... AC1.5]}
     * @param live the unit's live items
     * @param facilities facility by item version id, only for versions with enough responses to count
     * @throws InsufficientItemsException naming every reason no form can be assembled
     */
    public FormAssembly(Blueprint blueprint, Map<String, List<String>> criteria, Collection<Candidate> live,
            Map<Long, Double> facilities) {
        List<String> shortfalls = new ArrayList<>();
        Set<String> planned = blueprint.entries().stream().map(Blueprint.Entry::learningOutcome)
                .collect(Collectors.toSet());
        criteria.forEach((lo, acs) -> {
            if (!planned.contains(lo)) {
                shortfalls.add(lo + " of the unit has no questions in the blueprint, so " + String.join(", ", acs)
                        + " cannot be tested");
            }
        });
        for (Blueprint.Entry entry : blueprint.entries()) {
            List<String> acs = criteria.getOrDefault(entry.learningOutcome(), List.of());
            if (acs.isEmpty()) {
                shortfalls.add(entry.learningOutcome() + " has no assessment criteria in the unit");
            } else if (acs.size() > entry.questions()) {
                shortfalls.add(entry.learningOutcome() + " has " + acs.size() + " assessment criteria but only "
                        + entry.questions() + " questions");
            } else {
                outcomes.add(new Outcome(entry.learningOutcome(), entry.questions(), List.copyOf(acs),
                        entry.questions() / acs.size(), entry.questions() % acs.size()));
            }
        }
        Map<Long, Candidate> distinct = new LinkedHashMap<>();
        live.forEach(item -> distinct.putIfAbsent(item.id(), item));
        for (Candidate item : distinct.values()) {
            for (String enemy : item.enemies()) {
                enemies.computeIfAbsent(item.itemCode(), code -> new HashSet<>()).add(enemy);
                enemies.computeIfAbsent(enemy, code -> new HashSet<>()).add(item.itemCode());
            }
        }
        Map<String, Integer> need = new HashMap<>();
        for (Outcome outcome : outcomes) {
            for (String ac : outcome.criteria()) {
                List<Candidate> pool = distinct.values().stream().filter(i -> ac.equals(i.assessmentCriterion()))
                        .collect(Collectors.toCollection(ArrayList::new));
                pools.put(ac, pool);
                need.put(ac, outcome.base());
                if (pool.isEmpty()) {
                    shortfalls.add(ac + " has no live item");
                } else if (pool.size() < outcome.base()) {
                    shortfalls.add(ac + " needs " + outcome.base() + " live items, the bank has " + pool.size());
                }
            }
        }
        shortfalls.addAll(ruleOutEnemiesOfNeededItems(need));
        for (Outcome outcome : outcomes) {
            long spare = outcome.criteria().stream().filter(ac -> pools.get(ac).size() > outcome.base()).count();
            if (spare < outcome.extras()) {
                shortfalls.add(outcome.learningOutcome() + " has " + outcome.questions() + " questions for "
                        + outcome.criteria().size() + " assessment criteria, so " + outcome.extras()
                        + " of them need a further live item that can share a form, but only " + spare + " have one");
            }
        }
        if (!shortfalls.isEmpty()) {
            throw new InsufficientItemsException(shortfalls);
        }
        meanScore = balanceBy(facilities);
    }

    /**
     * Items every form needs (an AC with no more items than it takes) rule out their enemies everywhere; that can make
     * more items needed, so it repeats until nothing changes. Names two needed enemies and every AC left too few items.
     */
    private List<String> ruleOutEnemiesOfNeededItems(Map<String, Integer> need) {
        List<String> shortfalls = new ArrayList<>();
        Map<Candidate, Candidate> ruledOutBy = new HashMap<>();
        Set<String> reported = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, Candidate> needed = new LinkedHashMap<>();
            pools.forEach((ac, pool) -> {
                if (!pool.isEmpty() && pool.size() == need.get(ac)) {
                    pool.forEach(item -> needed.put(item.itemCode(), item));
                }
            });
            List<Candidate> neededItems = new ArrayList<>(needed.values());
            for (int a = 0; a < neededItems.size(); a++) {
                for (int b = a + 1; b < neededItems.size(); b++) {
                    Candidate x = neededItems.get(a);
                    Candidate y = neededItems.get(b);
                    if (areEnemies(x.itemCode(), y.itemCode()) && reported.add(x.itemCode() + "|" + y.itemCode())) {
                        shortfalls.add(x.itemCode() + " (" + x.assessmentCriterion() + ") and " + y.itemCode() + " ("
                                + y.assessmentCriterion() + ") are enemies, but every form needs both: their assessment "
                                + "criteria have no other live item");
                    }
                }
            }
            for (Map.Entry<String, List<Candidate>> entry : pools.entrySet()) {
                List<Candidate> pool = entry.getValue();
                boolean hadEnough = pool.size() >= need.get(entry.getKey());
                boolean removed = pool.removeIf(item -> {
                    if (needed.containsKey(item.itemCode())) {
                        return false;
                    }
                    for (String enemy : enemies.getOrDefault(item.itemCode(), Set.of())) {
                        if (needed.containsKey(enemy)) {
                            ruledOutBy.put(item, needed.get(enemy));
                            return true;
                        }
                    }
                    return false;
                });
                changed |= removed;
                if (removed && hadEnough && pool.size() < need.get(entry.getKey())) {
                    Set<String> causes = new TreeSet<>();
                    ruledOutBy.forEach((item, by) -> {
                        if (item.assessmentCriterion().equals(entry.getKey())) {
                            causes.add(by.itemCode() + " (" + by.assessmentCriterion() + ")");
                        }
                    });
                    shortfalls.add(entry.getKey() + " cannot be tested: its live items are enemies of items every "
                            + "form needs, " + String.join(", ", causes));
                }
            }
        }
        return shortfalls;
    }

    /** Fills {@link #facility} for every poolable item and answers the mean expected score, or null if unknown. */
    private Double balanceBy(Map<Long, Double> facilities) {
        List<Double> known = pools.values().stream().flatMap(List::stream).map(i -> facilities.get(i.id()))
                .filter(f -> f != null).toList();
        if (known.isEmpty()) {
            return null;
        }
        double bankMean = known.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        Map<String, Double> slotMean = new HashMap<>();
        pools.forEach((ac, pool) -> {
            double mean = pool.stream().map(i -> facilities.get(i.id())).filter(f -> f != null)
                    .mapToDouble(Double::doubleValue).average().orElse(bankMean);
            slotMean.put(ac, mean);
            pool.forEach(item -> facility.put(item.id(), facilities.getOrDefault(item.id(), mean)));
        });
        double mean = 0;
        for (Outcome outcome : outcomes) {
            for (String ac : outcome.criteria()) {
                mean += outcome.base() * slotMean.get(ac);
            }
            if (outcome.extras() > 0) {
                mean += outcome.extras() * outcome.criteria().stream().filter(ac -> pools.get(ac).size() > outcome.base())
                        .mapToDouble(slotMean::get).average().orElseThrow();
            }
        }
        return mean;
    }

    /** The mean expected score over all forms, or null while no item has a facility. */
    public Double meanScore() {
        return meanScore;
    }

    /**
     * Draws one form.
     *
     * @throws InsufficientItemsException when enemies leave no form at all
     */
    public Form draw(RandomGenerator random) {
        List<Candidate> closest = null;
        double closestGap = Double.POSITIVE_INFINITY;
        int forms = 0;
        for (int d = 0; d < MAX_DRAWS && forms < MAX_FORMS; d++) {
            List<Candidate> items = randomItems(random);
            if (!holdsNoEnemies(items)) {
                continue;
            }
            forms++;
            double gap = gap(items);
            if (gap <= MAX_SCORE_GAP) {
                return form(items, random);
            }
            if (gap < closestGap) {
                closest = items;
                closestGap = gap;
            }
        }
        if (closest == null) {
            closest = search(random);
        }
        return form(swapTowardsTheMean(closest, random), random);
    }

    private List<Candidate> randomItems(RandomGenerator random) {
        List<Candidate> items = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            List<String> spare = outcome.criteria().stream().filter(ac -> pools.get(ac).size() > outcome.base())
                    .collect(Collectors.toCollection(ArrayList::new));
            Set<String> extra = new HashSet<>(sample(spare, outcome.extras(), random));
            for (String ac : outcome.criteria()) {
                items.addAll(sample(pools.get(ac), outcome.base() + (extra.contains(ac) ? 1 : 0), random));
            }
        }
        return items;
    }

    /** {@code count} distinct elements of {@code from}, uniformly (a partial Fisher-Yates shuffle). */
    private static <T> List<T> sample(List<T> from, int count, RandomGenerator random) {
        List<T> copy = new ArrayList<>(from);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return new ArrayList<>(copy.subList(0, count));
    }

    private boolean holdsNoEnemies(List<Candidate> items) {
        Set<String> codes = new HashSet<>();
        for (Candidate item : items) {
            if (!codes.add(item.itemCode())) {
                return false;
            }
        }
        for (Candidate item : items) {
            for (String enemy : enemies.getOrDefault(item.itemCode(), Set.of())) {
                if (codes.contains(enemy)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean areEnemies(String a, String b) {
        return enemies.getOrDefault(a, Set.of()).contains(b);
    }

    private double expectedScore(List<Candidate> items) {
        return items.stream().mapToDouble(i -> facility.get(i.id())).sum();
    }

    private double gap(List<Candidate> items) {
        return meanScore == null ? 0 : Math.abs(expectedScore(items) - meanScore);
    }

    /**
     * Swaps single items for others of the same AC while that brings the expected score closer to the mean, until it
     * is within the gap or the swaps run out.
     */
    private List<Candidate> swapTowardsTheMean(List<Candidate> form, RandomGenerator random) {
        if (meanScore == null) {
            return form;
        }
        List<Candidate> items = new ArrayList<>(form);
        Set<String> codes = items.stream().map(Candidate::itemCode).collect(Collectors.toCollection(HashSet::new));
        double score = expectedScore(items);
        for (int s = 0; s < MAX_SWAPS && Math.abs(score - meanScore) > MAX_SCORE_GAP; s++) {
            int position = random.nextInt(items.size());
            Candidate out = items.get(position);
            List<Candidate> pool = pools.get(out.assessmentCriterion());
            Candidate in = pool.get(random.nextInt(pool.size()));
            double swapped = score - facility.get(out.id()) + facility.get(in.id());
            if (codes.contains(in.itemCode()) || Math.abs(swapped - meanScore) >= Math.abs(score - meanScore)) {
                continue;
            }
            codes.remove(out.itemCode());
            boolean clash = enemies.getOrDefault(in.itemCode(), Set.of()).stream().anyMatch(codes::contains);
            if (clash) {
                codes.add(out.itemCode());
                continue;
            }
            codes.add(in.itemCode());
            items.set(position, in);
            score = swapped;
        }
        return items;
    }

    private Form form(List<Candidate> items, RandomGenerator random) {
        List<Candidate> ordered = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            List<Candidate> ofOutcome = items.stream()
                    .filter(i -> outcome.learningOutcome().equals(i.learningOutcome())).toList();
            ordered.addAll(sample(ofOutcome, ofOutcome.size(), random));
        }
        Double expected = meanScore == null ? null : expectedScore(ordered);
        return new Form(List.copyOf(ordered), expected, meanScore, gap(ordered) <= MAX_SCORE_GAP);
    }

    /**
     * Every form, tried in a random order until one holds no enemies: the fallback when random draws keep meeting
     * enemies, and the proof when none exists.
     */
    private List<Candidate> search(RandomGenerator random) {
        Search search = new Search(random);
        if (search.fill(0, 0)) {
            return search.chosen;
        }
        Set<String> involved = new TreeSet<>();
        pools.values().forEach(pool -> pool.stream().filter(i -> enemies.containsKey(i.itemCode()))
                .forEach(i -> involved.add(i.itemCode())));
        throw new InsufficientItemsException(List.of(search.steps > MAX_SEARCH_STEPS
                ? "no form without enemies was found within " + MAX_SEARCH_STEPS + " steps; enemies: "
                        + String.join(", ", involved)
                : "enemies leave no form that covers every assessment criterion; enemies: "
                        + String.join(", ", involved)));
    }

    private final class Search {

        private record Slot(Outcome outcome, String criterion, int index) {
        }

        private final RandomGenerator random;
        private final List<Slot> slots = new ArrayList<>();
        private final List<Candidate> chosen = new ArrayList<>();
        private final Set<String> codes = new LinkedHashSet<>();
        private int steps;

        Search(RandomGenerator random) {
            this.random = random;
            for (Outcome outcome : outcomes) {
                for (int i = 0; i < outcome.criteria().size(); i++) {
                    slots.add(new Slot(outcome, outcome.criteria().get(i), i));
                }
            }
        }

        /** Fills slot {@code s} onwards; {@code extrasLeft} is what the slot's LO still owes to its extra ACs. */
        boolean fill(int s, int extrasLeft) {
            if (s == slots.size()) {
                return true;
            }
            Slot slot = slots.get(s);
            int base = slot.outcome().base();
            int owed = slot.index() == 0 ? slot.outcome().extras() : extrasLeft;
            int slotsLeft = slot.outcome().criteria().size() - slot.index();
            List<Integer> counts = new ArrayList<>();
            if (owed < slotsLeft) {
                counts.add(base);
            }
            if (owed > 0 && pools.get(slot.criterion()).size() > base) {
                counts.add(base + 1);
            }
            for (int count : sample(counts, counts.size(), random)) {
                List<Candidate> pool = sample(pools.get(slot.criterion()), pools.get(slot.criterion()).size(), random);
                if (choose(pool, 0, count, s, count > base ? owed - 1 : owed)) {
                    return true;
                }
                if (steps > MAX_SEARCH_STEPS) {
                    return false;
                }
            }
            return false;
        }

        private boolean choose(List<Candidate> pool, int from, int count, int s, int owedAfter) {
            if (count == 0) {
                return fill(s + 1, owedAfter);
            }
            for (int i = from; i <= pool.size() - count; i++) {
                if (++steps > MAX_SEARCH_STEPS) {
                    return false;
                }
                Candidate item = pool.get(i);
                if (codes.contains(item.itemCode())
                        || enemies.getOrDefault(item.itemCode(), Set.of()).stream().anyMatch(codes::contains)) {
                    continue;
                }
                chosen.add(item);
                codes.add(item.itemCode());
                if (choose(pool, i + 1, count - 1, s, owedAfter)) {
                    return true;
                }
                chosen.remove(chosen.size() - 1);
                codes.remove(item.itemCode());
                if (steps > MAX_SEARCH_STEPS) {
                    return false;
                }
            }
            return false;
        }
    }
}
