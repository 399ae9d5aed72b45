package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class OptionOrderTest {

    @Test
    void shuffledOrderIsAPermutationOfTheFourOptions() {
        OptionOrder order = OptionOrder.shuffled(new Random(5));

        assertEquals(Set.of("A", "B", "C", "D"), new HashSet<>(order.ids()));
        assertEquals(4, order.ids().size());
    }

    @Test
    void shufflingReachesEveryOneOfTheTwentyFourOrders() {
        var random = new Random(11);
        var seen = new HashSet<String>();
        IntStream.range(0, 2000).forEach(i -> seen.add(OptionOrder.shuffled(random).value()));
        assertEquals(24, seen.size());
    }

    @Test
    void rejectsAnythingButAPermutationOfABCD() {
        for (String bad : List.of("ABC", "AABC", "ABCE", "abcd")) {
            assertThrows(IllegalArgumentException.class, () -> new OptionOrder(bad), bad);
        }
    }
}
