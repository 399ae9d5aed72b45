package uk.awarding.catalogue.domain;

import java.util.List;

/**
 * A group of the rules of combination. A mandatory group needs every unit. The minimums must be met; a
 * maximum limits how much of the group counts towards the total (ProQual 601/3577/3: "a maximum of 9 credits
 * may be from Optional Group C"), so achieving more than the maximum is never itself a shortfall.
 */
public record RuleGroup(String code, String title, boolean mandatory, Integer minUnits, Integer maxUnits,
        Integer minCredits, Integer maxCredits, List<RuleUnit> units) {

    public RuleGroup {
        units = List.copyOf(units);
    }

    /** "Optional units (group O)": how shortfall sentences name the group. */
    public String label() {
        return title + " (group " + code + ")";
    }
}
