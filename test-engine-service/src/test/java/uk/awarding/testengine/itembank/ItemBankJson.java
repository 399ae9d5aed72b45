package uk.awarding.testengine.itembank;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an item bank JSON file (src/main/resources/item-bank/&lt;unit&gt;.json, item-bank.schema.json) into
 * {@link BankItem}s. Only what the checks need: fields they do not use, such as rationale or changeNote, are ignored,
 * and a file without enemies reads as none. Kept apart from the checks so another content format can replace it.
 */
final class ItemBankJson {

    private ItemBankJson() {
    }

    /** The LIVE items of the file, in file order; a missing status counts as LIVE, as in cues.py. */
    static List<BankItem> liveItems(Path file) throws IOException {
        List<BankItem> live = new ArrayList<>();
        for (JsonNode item : new ObjectMapper().readTree(file.toFile()).path("items")) {
            List<String> options = new ArrayList<>();
            item.path("options").forEach(option -> options.add(option.path("text").asText()));
            List<String> enemies = new ArrayList<>();
            item.path("enemies").forEach(enemy -> enemies.add(enemy.asText()));
            BankItem bankItem = new BankItem(item.path("itemCode").asText(), item.path("status").asText("LIVE"),
                    item.path("learningOutcome").asText(), item.path("assessmentCriterion").asText(),
                    item.path("stem").asText(), options, item.path("key").asText(), enemies);
            if (bankItem.live()) {
                live.add(bankItem);
            }
        }
        return live;
    }
}
