package uk.awarding.testengine.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * How many questions a form takes from each learning outcome, from the unit's test specification (C&G 2794-02
 * handbook, section 4: unit 210 draws 5/5/8/7 from LO1-LO4). Drawing picks that many distinct items per outcome
 * at random; the form lists them outcome by outcome in blueprint order.
 */
public record Blueprint(List<Entry> entries) {

    public record Entry(String learningOutcome, int questions) {
    }

    public Blueprint {
        entries = List.copyOf(entries);
    }

    public int questionCount() {
        return entries.stream().mapToInt(Entry::questions).sum();
    }

    /**
     * Draws a form from the live items grouped by learning outcome. Duplicates in a pool count once, so the same
     * item never appears twice on a form.
     *
     * @throws InsufficientItemsException naming every outcome the bank cannot fill
     */
    public <T> List<T> draw(Map<String, List<T>> liveItemsByOutcome, RandomGenerator random) {
        List<String> shortfalls = new ArrayList<>();
        List<T> form = new ArrayList<>();
        for (Entry entry : entries) {
            Set<T> distinct = new LinkedHashSet<>(liveItemsByOutcome.getOrDefault(entry.learningOutcome(), List.of()));
            if (distinct.size() < entry.questions()) {
                shortfalls.add(entry.learningOutcome() + " needs " + entry.questions() + " live items, the bank has "
                        + distinct.size());
                continue;
            }
            List<T> pool = new ArrayList<>(distinct);
            Collections.shuffle(pool, asRandom(random));
            form.addAll(pool.subList(0, entry.questions()));
        }
        if (!shortfalls.isEmpty()) {
            throw new InsufficientItemsException(shortfalls);
        }
        return form;
    }

    static java.util.Random asRandom(RandomGenerator random) {
        return random instanceof java.util.Random r ? r : new java.util.Random(random.nextLong());
    }
}
