package uk.awarding.testengine.itembank;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.service.ItemBankFile;

/**
 * Reads an item bank JSON file (the writers' format, {@link ItemBankFile}, which the converter packages) into
 * {@link BankItem}s: how the frozen pre-review bank is judged. A file without enemies reads as none.
 */
final class ItemBankJson {

    private ItemBankJson() {
    }

    /** The LIVE items of the file, in file order. */
    static List<BankItem> liveItems(Path file) throws IOException {
        ItemBankFile bank = new ObjectMapper().findAndRegisterModules().readValue(file.toFile(), ItemBankFile.class);
        return bank.items().stream().filter(entry -> entry.status() == ItemStatus.LIVE)
                .map(entry -> new BankItem(entry.itemCode(), entry.status().name(), entry.learningOutcome(),
                        entry.assessmentCriterion(), entry.stem(),
                        entry.options().stream().map(ItemBankFile.Option::text).toList(), entry.key(),
                        entry.enemies() == null ? List.of() : entry.enemies()))
                .toList();
    }
}
