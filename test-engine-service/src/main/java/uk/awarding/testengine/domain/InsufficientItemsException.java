package uk.awarding.testengine.domain;

import java.util.List;

/** The item bank holds too few live items for the blueprint: no form can be drawn. */
public class InsufficientItemsException extends RuntimeException {

    private final List<String> shortfalls;

    public InsufficientItemsException(List<String> shortfalls) {
        super(String.join("; ", shortfalls));
        this.shortfalls = List.copyOf(shortfalls);
    }

    public List<String> shortfalls() {
        return shortfalls;
    }
}
