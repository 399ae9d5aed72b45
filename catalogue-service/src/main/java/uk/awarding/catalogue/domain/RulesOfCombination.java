package uk.awarding.catalogue.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The rules of combination of one qualification, as data, and the one engine that evaluates them. Every rule in
 * the five seed specifications is a combination of: all units of a mandatory group; per-group minimum and maximum
 * units and credits; a total credit minimum; at least one unit from each optional group; and credits at a level
 * from given groups. Shortfalls are sentences a centre can act on.
 */
public record RulesOfCombination(String statement, Integer totalCreditsMin, boolean atLeastOneUnitFromEachOptionalGroup,
        List<RuleGroup> groups, List<CreditsAtLevel> creditsAtLevel) {

    public RulesOfCombination {
        groups = List.copyOf(groups);
        creditsAtLevel = List.copyOf(creditsAtLevel);
    }

    /** Whether the achieved units (keys of units of this qualification) meet every rule, and if not, why not. */
    public Achievement evaluate(Collection<String> achievedUnitKeys) {
        Set<String> achieved = Set.copyOf(achievedUnitKeys);
        List<String> shortfalls = new ArrayList<>();
        int countedTotal = 0;
        for (RuleGroup group : groups) {
            List<RuleUnit> done = group.units().stream().filter(u -> achieved.contains(u.key())).toList();
            if (group.mandatory()) {
                List<String> missing = group.units().stream().map(RuleUnit::key).filter(k -> !achieved.contains(k)).toList();
                if (!missing.isEmpty()) {
                    shortfalls.add("Needs every unit of " + group.label() + ": missing " + String.join(", ", missing));
                }
            }
            int minUnits = effectiveMinUnits(group);
            if (done.size() < minUnits) {
                shortfalls.add("Needs " + plural(minUnits - done.size(), "more unit") + " from " + group.label()
                        + ": achieved " + done.size() + " of " + minUnits);
            }
            int groupCredits = countedCredits(group, done);
            if (group.minCredits() != null && groupCredits < group.minCredits()) {
                shortfalls.add("Needs " + plural(group.minCredits() - groupCredits, "more credit") + " from "
                        + group.label() + ": achieved " + groupCredits + " of " + group.minCredits());
            }
            countedTotal += groupCredits;
        }
        if (totalCreditsMin != null && countedTotal < totalCreditsMin) {
            shortfalls.add("Needs " + plural(totalCreditsMin - countedTotal, "more credit") + " in total: achieved "
                    + countedTotal + " of " + totalCreditsMin);
        }
        for (CreditsAtLevel rule : creditsAtLevel) {
            int credits = groups.stream()
                    .filter(g -> rule.groups().contains(g.code()))
                    .flatMap(g -> g.units().stream())
                    .filter(u -> achieved.contains(u.key()) && rule.comparison().accepts(u.level(), rule.level()))
                    .mapToInt(RuleUnit::creditsOrZero)
                    .sum();
            if (credits < rule.minCredits()) {
                String level = rule.comparison() == LevelComparison.EXACTLY ? "at level " + rule.level()
                        : "at level " + rule.level() + " or above";
                shortfalls.add("Needs " + plural(rule.minCredits() - credits, "more credit") + " " + level
                        + " from groups " + String.join(", ", rule.groups()) + ": achieved " + credits + " of "
                        + rule.minCredits());
            }
        }
        return Achievement.of(shortfalls);
    }

    private int effectiveMinUnits(RuleGroup group) {
        int min = group.minUnits() == null ? 0 : group.minUnits();
        return !group.mandatory() && atLeastOneUnitFromEachOptionalGroup ? Math.max(min, 1) : min;
    }

    /**
     * Credits of the achieved units that count towards totals: with a unit maximum only the largest units count,
     * and never more than the credit maximum.
     */
    private static int countedCredits(RuleGroup group, List<RuleUnit> done) {
        int credits = done.stream()
                .map(RuleUnit::creditsOrZero)
                .sorted(Comparator.reverseOrder())
                .limit(group.maxUnits() == null ? Long.MAX_VALUE : group.maxUnits())
                .mapToInt(Integer::intValue)
                .sum();
        return group.maxCredits() == null ? credits : Math.min(credits, group.maxCredits());
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
