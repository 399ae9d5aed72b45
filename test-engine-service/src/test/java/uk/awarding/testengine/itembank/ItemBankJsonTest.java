package uk.awarding.testengine.itembank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemBankJsonTest {

    @Test
    void readsTheLiveItemsWithTheRevisedBanksFields(@TempDir Path dir) throws IOException {
        Path bank = dir.resolve("2794-210.json");
        Files.writeString(bank, """
                {"unit": "2794-210", "title": "Customer service principles", "items": [
                  {"itemCode": "210-1-001", "version": 2, "status": "LIVE", "learningOutcome": "LO1",
                   "assessmentCriterion": "AC1.1", "stem": "What does a PESTLE analysis examine?",
                   "options": [{"id": "A", "text": "Staff"}, {"id": "B", "text": "Premises"},
                               {"id": "C", "text": "External influences"}, {"id": "D", "text": "Sales"}],
                   "key": "C", "rationale": "PESTLE looks outwards.", "enemies": ["210-1-002"],
                   "changeNote": "Distractors rewritten as misconceptions."},
                  {"itemCode": "210-1-002", "version": 1, "status": "RETIRED", "learningOutcome": "LO1",
                   "assessmentCriterion": "AC1.1", "stem": "A PESTLE analysis concentrates on factors that are",
                   "options": [{"id": "A", "text": "outside"}, {"id": "B", "text": "inside"},
                               {"id": "C", "text": "internal"}, {"id": "D", "text": "budgeted"}],
                   "key": "A", "rationale": "They come from outside.", "changeNote": "Retired: enemy of 210-1-001."}
                ]}
                """);

        List<BankItem> live = ItemBankJson.liveItems(bank);

        assertEquals(List.of(new BankItem("210-1-001", "LIVE", "LO1", "AC1.1", "What does a PESTLE analysis examine?",
                List.of("Staff", "Premises", "External influences", "Sales"), "C", List.of("210-1-002"))), live);
        assertEquals("External influences", live.get(0).keyText());
    }
}
