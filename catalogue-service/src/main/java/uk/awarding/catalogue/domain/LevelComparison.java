package uk.awarding.catalogue.domain;

/** How a credits-at-level rule compares a unit's level with the level it names. */
public enum LevelComparison {
    /** Only units of exactly that level count. */
    EXACTLY,
    /** Units of that level or above count. */
    AT_LEAST;

    public boolean accepts(int unitLevel, int ruleLevel) {
        return this == EXACTLY ? unitLevel == ruleLevel : unitLevel >= ruleLevel;
    }
}
