package uk.awarding.testengine.itembank;

import java.util.List;

/**
 * One four-option multiple-choice item as the surface-cue checks see it: the wording, the key and the items it must
 * never share a form with. Options are in the order A-D; the key is the letter of the correct one.
 */
record BankItem(String code, String status, String learningOutcome, String assessmentCriterion, String stem,
        List<String> options, String key, List<String> enemies) {

    static final String LETTERS = "ABCD";

    BankItem {
        options = List.copyOf(options);
        enemies = List.copyOf(enemies);
        if (options.size() != LETTERS.length() || key == null || key.length() != 1 || LETTERS.indexOf(key) < 0) {
            throw new IllegalArgumentException(code + ": an item has four options A-D and one of them as its key");
        }
    }

    /** Only LIVE items are drawn into sittings, so only they are judged. */
    boolean live() {
        return "LIVE".equals(status);
    }

    int keyIndex() {
        return LETTERS.indexOf(key);
    }

    String keyText() {
        return options.get(keyIndex());
    }
}
