package uk.awarding.testengine.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;

class QtiItemsTest {

    private static final ItemContent CONTENT = new ItemContent("2794-210", "LO4", "AC4.2",
            "A plumbing firm is the only one offering a 24-hour call-out & <same-day> repairs. This is an example of",
            List.of("a points programme", "a customer charter", "a unique service offer", "a service level agreement"),
            "C", "Round-the-clock availability that no competitor offers sets the firm apart: a USO.");
    private final QtiItems qti = new QtiItems();

    @Test
    void exportThenImportGivesBackTheSameItem() {
        String xml = qti.export(new Item("210-4-008", 3, ItemStatus.LIVE, CONTENT, Instant.now(), "staff"));

        QtiItems.Imported imported = qti.parse(xml);

        assertEquals("210-4-008", imported.itemCode());
        assertEquals(CONTENT, imported.content());
        assertEquals(ItemStatus.DRAFT, imported.status());
    }

    @Test
    void exportsAQti3ChoiceInteractionWithTheKeyAsCorrectResponse() {
        String xml = qti.export(new Item("210-4-008", 1, ItemStatus.LIVE, CONTENT, Instant.now(), "staff"));

        assertTrue(xml.contains("xmlns=\"" + QtiItems.NAMESPACE + "\""));
        assertTrue(xml.contains("<qti-choice-interaction max-choices=\"1\" response-identifier=\"RESPONSE\" shuffle=\"true\">"), xml);
        assertTrue(xml.contains("<qti-correct-response>"), xml);
        assertTrue(xml.contains("<qti-value>C</qti-value>"), xml);
        assertTrue(xml.contains("&amp; &lt;same-day&gt;"), "text is escaped: " + xml);
    }

    @Test
    void refusesDocumentsWithADoctypeSoNoExternalEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<qti-assessment-item xmlns=\"" + QtiItems.NAMESPACE + "\" identifier=\"item-210-1-001\">&e;</qti-assessment-item>";

        var problem = assertThrows(ProblemException.class, () -> qti.parse(xxe));
        assertEquals("invalid-qti", problem.type());
    }

    @Test
    void refusesMultipleChoiceInteractions() {
        String xml = qti.export(new Item("210-4-008", 1, ItemStatus.LIVE, CONTENT, Instant.now(), "staff"))
                .replace("max-choices=\"1\"", "max-choices=\"2\"");

        assertEquals(400, assertThrows(ProblemException.class, () -> qti.parse(xml)).status());
    }

    @Test
    void refusesOtherDocuments() {
        assertThrows(ProblemException.class, () -> qti.parse("<html/>"));
        assertThrows(ProblemException.class, () -> qti.parse("not xml"));
    }
}
