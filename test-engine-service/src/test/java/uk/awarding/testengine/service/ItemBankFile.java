package uk.awarding.testengine.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.awarding.testengine.domain.InvalidItemException;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;

/**
 * One item bank as its writers deliver it: a JSON file shaped by {@code item-bank/item-bank.schema.json}. Only
 * {@link ItemBankConverter} reads it, to turn it into the QTI 3.0 content package the service imports.
 */
public record ItemBankFile(String unit, String title, List<Entry> items) {

    public record Entry(String itemCode, int version, ItemStatus status, String learningOutcome,
            String assessmentCriterion, String stem, List<Option> options, String key, String rationale,
            List<String> enemies, String changeNote) {

        public ItemContent content(String unit) {
            return new ItemContent(unit, learningOutcome, assessmentCriterion, stem,
                    options.stream().map(Option::text).toList(), key, rationale, enemies);
        }
    }

    public record Option(String id, String text) {
    }

    /**
     * Every rule of the item bank the schema states and those it cannot: item code and version unique, option ids
     * A-D in order, the code's LO part and the AC belonging to the item's LO, distinct option texts.
     *
     * @return one message per broken rule, naming the item; empty when the file is sound
     */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        if (unit == null || !unit.matches("[0-9]{4}-[0-9]{3}")) {
            errors.add("unit must look like 2794-210");
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (Entry entry : items == null ? List.<Entry>of() : items) {
            String name = entry.itemCode() + " v" + entry.version();
            if (!seen.add(entry.itemCode() + "#" + entry.version())) {
                errors.add(name + ": duplicate item code and version");
            }
            if (entry.itemCode() == null || !entry.itemCode().startsWith(unit.substring(5) + "-")) {
                errors.add(name + ": item code does not belong to unit " + unit);
            }
            if (entry.options() == null || !ItemContent.OPTION_IDS.equals(entry.options().stream().map(Option::id).toList())) {
                errors.add(name + ": options must have ids A, B, C, D in that order");
                continue;
            }
            if (entry.status() == null) {
                errors.add(name + ": status is required");
            }
            try {
                new Item(entry.itemCode(), entry.version(), entry.status(), entry.content(unit), null, "item-bank");
            } catch (InvalidItemException e) {
                errors.add(name + ": " + e.getMessage());
            }
        }
        return errors;
    }
}
