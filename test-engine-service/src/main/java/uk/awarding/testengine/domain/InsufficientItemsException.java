package uk.awarding.testengine.domain;

import java.util.List;

/** The item bank cannot give a form that obeys {@link FormAssembly}'s rules; each shortfall names one reason. */
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
