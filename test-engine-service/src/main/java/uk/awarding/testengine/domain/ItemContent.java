package uk.awarding.testengine.domain;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an item says: the wording a candidate sees plus the key and rationale only staff see. Four options with ids
 * A-D, one key, and an assessment criterion that belongs to the learning outcome (AC3.6 under LO3), as the item
 * bank schema requires. Enemies are the codes of items that must never share a form with this one, because one
 * cues or answers the other. Immutable: a change to any of it is a new item version.
 */
public record ItemContent(String unit, String learningOutcome, String assessmentCriterion, String stem,
        List<String> options, String key, String rationale, List<String> enemies) {

    public static final List<String> OPTION_IDS = List.of("A", "B", "C", "D");
    private static final Pattern LO = Pattern.compile("LO([0-9]+)");
    private static final Pattern AC = Pattern.compile("AC([0-9]+)\\.[0-9]+");
    private static final Pattern ITEM_CODE = Pattern.compile("[0-9]{3}-[0-9]+-[0-9]{3}");

    /** An item with no enemies. */
    public ItemContent(String unit, String learningOutcome, String assessmentCriterion, String stem,
            List<String> options, String key, String rationale) {
        this(unit, learningOutcome, assessmentCriterion, stem, options, key, rationale, List.of());
    }

    public ItemContent {
        require(unit != null && !unit.isBlank(), "unit is required");
        require(stem != null && stem.strip().length() >= 10, "stem must have at least 10 characters");
        require(rationale != null && rationale.strip().length() >= 20, "rationale must have at least 20 characters");
        require(options != null && options.size() == OPTION_IDS.size(), "exactly four options are required");
        require(options.stream().allMatch(o -> o != null && !o.isBlank()), "options must not be blank");
        require(new HashSet<>(options.stream().map(o -> o.strip().toLowerCase()).toList()).size() == options.size(),
                "option texts must be distinct");
        require(OPTION_IDS.contains(key), "key must be one of A, B, C, D");
        var lo = learningOutcome == null ? null : LO.matcher(learningOutcome);
        var ac = assessmentCriterion == null ? null : AC.matcher(assessmentCriterion);
        require(lo != null && lo.matches(), "learningOutcome must look like LO1");
        require(ac != null && ac.matches(), "assessmentCriterion must look like AC1.1");
        require(lo.group(1).equals(ac.group(1)),
                "assessmentCriterion " + assessmentCriterion + " does not belong to " + learningOutcome);
        enemies = enemies == null ? List.of() : enemies.stream().distinct().sorted().toList();
        require(enemies.stream().allMatch(code -> code != null && ITEM_CODE.matcher(code).matches()),
                "enemies must be item codes like 210-1-001");
        options = List.copyOf(options);
    }

    /** The text of option {@code id} (A-D). */
    public String option(String id) {
        return options.get(OPTION_IDS.indexOf(id));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidItemException(message);
        }
    }
}
