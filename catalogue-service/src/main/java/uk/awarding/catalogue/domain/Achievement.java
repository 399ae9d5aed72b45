package uk.awarding.catalogue.domain;

import java.util.List;

/** The verdict of the rules of combination on a set of achieved units: achieved, or the shortfalls in words. */
public record Achievement(boolean achieved, List<String> shortfalls) {

    public Achievement {
        shortfalls = List.copyOf(shortfalls);
    }

    static Achievement of(List<String> shortfalls) {
        return new Achievement(shortfalls.isEmpty(), shortfalls);
    }
}
