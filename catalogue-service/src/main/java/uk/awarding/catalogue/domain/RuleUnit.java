package uk.awarding.catalogue.domain;

/**
 * What the rules engine needs to know about one unit of a group: its key (unit reference, else AO unit code),
 * its level and its credit value ({@code null} where the specification gives none, as for NCFE and C&G).
 */
public record RuleUnit(String key, int level, Integer credits) {

    int creditsOrZero() {
        return credits == null ? 0 : credits;
    }
}
