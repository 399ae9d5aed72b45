package uk.awarding.testengine.domain;

import java.util.List;

/**
 * How many questions a form takes from each learning outcome, in the order the form lists them, from the unit's test
 * specification (C&G 2794-02 handbook, section 4: unit 210 takes 5/5/8/7 from LO1-LO4). {@link FormAssembly} spreads
 * each outcome's questions over its assessment criteria.
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
}
