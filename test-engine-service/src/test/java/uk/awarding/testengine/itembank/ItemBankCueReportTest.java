package uk.awarding.testengine.itembank;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The cue figures of the pre-review bank and of the bank file as markdown, printed and written to
 * target/item-bank-cues.md for the bank's README.
 */
class ItemBankCueReportTest {

    static final Path REPORT = Path.of("target/item-bank-cues.md");

    @Test
    void writesTheMarkdownTablesOfBothBanks() throws IOException {
        String report = ItemBankValidity.of(PreReviewBankTest.BANK).report("2794-210 before the item review")
                + "\n" + ItemBankValidity.ofDemoBank().report("2794-210 demo bank (item-bank/2794-210)");
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);

        assertTrue(report.contains("| best-combination"), report);
    }
}
