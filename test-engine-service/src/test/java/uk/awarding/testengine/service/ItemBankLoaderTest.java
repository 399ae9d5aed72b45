package uk.awarding.testengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.testengine.Candidates;

@QuarkusTest
class ItemBankLoaderTest {

    private static final String FROM_FILE = "select count(*) from item where created_by = 'item-bank/2794-210.json'";

    @Inject
    ItemBankLoader loader;
    @Inject
    DataSource dataSource;

    @Test
    void loadingAgainAsAtEveryRestartChangesNothing() {
        assertEquals(133, Candidates.count(dataSource, FROM_FILE));

        loader.onStart(null);

        assertEquals(133, Candidates.count(dataSource, FROM_FILE));
    }

    @Test
    void refusesAFileThatRewordsAStoredVersionWithoutANewVersionNumber() {
        ItemBankFile file = loader.readFiles().get(0);
        List<ItemBankFile.Entry> items = new ArrayList<>(file.items());
        ItemBankFile.Entry first = items.get(0);
        items.set(0, new ItemBankFile.Entry(first.itemCode(), first.version(), first.status(), first.learningOutcome(),
                first.assessmentCriterion(), first.stem() + " (reworded)", first.options(), first.key(), first.rationale(),
                first.enemies(), first.changeNote()));

        var error = assertThrows(IllegalStateException.class, () -> loader.load(new ItemBankFile(file.unit(), file.title(), items)));

        assertTrue(error.getMessage().contains("immutable"), error.getMessage());
        assertEquals(0, Candidates.count(dataSource, "select count(*) from item where stem like '%(reworded)'"));
    }
}
