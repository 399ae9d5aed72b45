package uk.awarding.testengine.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The order in which a sitting shows an item's options, e.g. {@code "CADB"}: fixed when the form is drawn and stored
 * with it, so a resumed sitting shows the same order. Option ids stay the item's own, so marking needs no mapping.
 */
public record OptionOrder(String value) {

    public OptionOrder {
        if (value == null || value.length() != ItemContent.OPTION_IDS.size()
                || !ItemContent.OPTION_IDS.stream().allMatch(value::contains)) {
            throw new IllegalArgumentException("An option order is a permutation of ABCD, not " + value);
        }
    }

    public static OptionOrder shuffled(RandomGenerator random) {
        List<String> ids = new ArrayList<>(ItemContent.OPTION_IDS);
        Collections.shuffle(ids, random instanceof Random r ? r : new Random(random.nextLong()));
        return new OptionOrder(String.join("", ids));
    }

    public List<String> ids() {
        return value.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
}
