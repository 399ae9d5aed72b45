package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PreparedFormTest {

    private static FormAssembly.Form form(long... ids) {
        List<FormAssembly.Candidate> items = Arrays.stream(ids)
                .mapToObj(id -> new FormAssembly.Candidate(id, "210-1-" + id, "LO1", "AC1.1", List.of())).toList();
        return new FormAssembly.Form(items, null, null, true);
    }

    @Test
    void keepsTheAssembledItemsInOrderEachWithAnOptionOrder() {
        PreparedForm prepared = PreparedForm.of(form(42, 7, 19), new Random(3));

        assertEquals(List.of(42L, 7L, 19L), prepared.itemIds());
        prepared.questions().forEach(q -> assertEquals(4, q.optionOrder().ids().size()));
    }

    @Test
    void readsBackExactlyWhatItWrote() {
        PreparedForm prepared = PreparedForm.of(form(1042, 1017, 3), new Random(8));

        assertEquals(prepared, PreparedForm.decode(prepared.encoded()));
    }

    @Test
    void writesItemIdsAndOptionOrders() {
        PreparedForm prepared = new PreparedForm(List.of(new PreparedForm.Question(1042, new OptionOrder("CADB")),
                new PreparedForm.Question(1017, new OptionOrder("ABDC"))));

        assertEquals("1042:CADB,1017:ABDC", prepared.encoded());
    }

    @Test
    void refusesTextItDidNotWrite() {
        assertThrows(IllegalArgumentException.class, () -> PreparedForm.decode(""));
        assertThrows(IllegalArgumentException.class, () -> PreparedForm.decode("1042"));
        assertThrows(IllegalArgumentException.class, () -> PreparedForm.decode("1042:CADB:1"));
        assertThrows(IllegalArgumentException.class, () -> PreparedForm.decode("1042:CADA"));
        assertThrows(IllegalArgumentException.class, () -> PreparedForm.decode("x:CADB"));
    }

    @Test
    void hasAtLeastOneQuestion() {
        assertThrows(IllegalArgumentException.class, () -> new PreparedForm(List.of()));
    }
}
