package uk.awarding.catalogue.domain;

import java.util.List;

/**
 * "A minimum of eleven credits must be achieved at level 2 from optional groups B to E" (EDI Level 2 NVQ
 * Certificate in Customer Service, rules of combination): at least {@code minCredits} credits from units of the
 * named groups whose level satisfies {@code comparison} against {@code level}.
 */
public record CreditsAtLevel(int minCredits, int level, LevelComparison comparison, List<String> groups) {

    public CreditsAtLevel {
        groups = List.copyOf(groups);
    }
}
