package uk.awarding.testengine.service;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    static final ItemContent CONTENT = new ItemContent("2794-210", "LO4", "AC4.2",
            "A plumbing firm is the only one offering a 24-hour call-out & <same-day> repairs. This is an example of",
            List.of("a points programme", "a customer charter", "a unique service offer", "a service level agreement"),
            "C", "Round-the-clock availability that no competitor offers sets the firm apart: a USO.");
    private final QtiItems qti = new QtiItems();

    @Test
    void exportThenReadGivesBackTheSameWording() {
        String xml = qti.export(new Item("210-4-008", 3, ItemStatus.LIVE, CONTENT, Instant.now(), "staff"));

        QtiItems.Reading reading = qti.read(xml);

        assertEquals(List.of(), reading.problems());
        assertEquals(new QtiItems.QtiItem("210-4-008", CONTENT.stem(), CONTENT.options(), "C", CONTENT.rationale()),
                reading.item());
    }

    @Test
    void exportsAQti3ChoiceInteractionWithTheKeyAsCorrectResponse() {
        String xml = qti.export(new Item("210-4-008", 1, ItemStatus.LIVE, CONTENT, Instant.now(), "staff"));

        assertTrue(xml.contains("xmlns=\"" + QtiItems.NAMESPACE + "\""));
        assertTrue(xml.contains("<qti-choice-interaction max-choices=\"1\" response-identifier=\"RESPONSE\" shuffle=\"true\">"),
                xml);
        assertTrue(xml.contains("<qti-correct-response>"), xml);
        assertTrue(xml.contains("<qti-value>C</qti-value>"), xml);
        assertTrue(xml.contains("&amp; &lt;same-day&gt;"), "text is escaped: " + xml);
    }

    @Test
    void theRationaleIsARubricBlockForAuthorsAndScorersNeverCandidateFeedback() {
        String xml = qti.export(new Item("210-4-008", 1, ItemStatus.LIVE, CONTENT, Instant.now(), "staff"));

        assertTrue(xml.contains("<qti-rubric-block use=\"scoring\" view=\"author scorer\">"), xml);
        assertFalse(xml.contains("qti-modal-feedback"), "modal feedback is shown to candidates: " + xml);
        assertFalse(xml.contains("FEEDBACK"), xml);
    }

    @Test
    void theItemBodyCarriesNoCurriculumTags() {
        String xml = qti.export(new Item("210-4-008", 1, ItemStatus.LIVE, CONTENT, Instant.now(), "staff"));

        assertFalse(xml.contains("data-"), "LO and AC are manifest metadata, not body attributes: " + xml);
        assertFalse(xml.contains("LO4") || xml.contains("AC4.2"), xml);
    }

    @Test
    void readsCommonValidQtiThatItDoesNotWriteItself() {
        // The stem as a plain paragraph, choice identifiers of another tool, no feedback, the template by short URL.
        String xml = """
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="item-210-4-008"
                    title="USO" adaptive="false" time-dependent="false">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
                    <qti-correct-response><qti-value>ChoiceZ</qti-value></qti-correct-response>
                  </qti-response-declaration>
                  <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
                  <qti-item-body>
                    <p>What sets a firm's service apart from every competitor's?</p>
                    <qti-choice-interaction response-identifier="RESPONSE">
                      <qti-simple-choice identifier="ChoiceW">A points programme</qti-simple-choice>
                      <qti-simple-choice identifier="ChoiceX">A customer charter</qti-simple-choice>
                      <qti-simple-choice identifier="ChoiceY">A service level agreement</qti-simple-choice>
                      <qti-simple-choice identifier="ChoiceZ">A unique service offer</qti-simple-choice>
                    </qti-choice-interaction>
                    <qti-rubric-block view="scorer"><qti-content-body>Only a USO is unique to the firm; a charter is not.</qti-content-body></qti-rubric-block>
                  </qti-item-body>
                  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct"/>
                </qti-assessment-item>""";

        QtiItems.Reading reading = qti.read(xml);

        assertEquals(List.of(), reading.problems());
        assertEquals("What sets a firm's service apart from every competitor's?", reading.item().stem());
        assertEquals("D", reading.item().key());
        assertEquals("A unique service offer", reading.item().options().get(3));
        assertEquals("Only a USO is unique to the firm; a charter is not.", reading.item().rationale());
    }

    @Test
    void namesEverythingItCannotHoldInsteadOfDroppingIt() {
        String xml = """
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="item-210-4-008">
                  <qti-response-declaration identifier="RESPONSE" cardinality="multiple" base-type="identifier">
                    <qti-correct-response><qti-value>A</qti-value><qti-value>B</qti-value></qti-correct-response>
                  </qti-response-declaration>
                  <qti-item-body>
                    <qti-choice-interaction response-identifier="RESPONSE" max-choices="2">
                      <qti-prompt>Which of these are unique service offers?</qti-prompt>
                      <qti-simple-choice identifier="A">One</qti-simple-choice>
                      <qti-simple-choice identifier="B"><img src="chart.png" alt="chart"/></qti-simple-choice>
                      <qti-simple-choice identifier="C">Three</qti-simple-choice>
                      <qti-simple-choice identifier="D">Four</qti-simple-choice>
                      <qti-simple-choice identifier="E">Five</qti-simple-choice>
                    </qti-choice-interaction>
                    <qti-text-entry-interaction response-identifier="OTHER"/>
                  </qti-item-body>
                  <qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml"/>
                  <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="WHY" show-hide="show">
                    <qti-content-body>Because.</qti-content-body>
                  </qti-modal-feedback>
                </qti-assessment-item>""";

        QtiItems.Reading reading = qti.read(xml);

        assertNull(reading.item());
        assertThat(reading.problems(), hasItem(startsWith("<qti-modal-feedback> is not supported")));
        assertThat(reading.problems(), hasItem(startsWith("no rationale")));
        assertThat(reading.problems(),
                hasItem(startsWith("2 interactions (qti-choice-interaction, qti-text-entry-interaction)")));
        assertEquals(4, reading.problems().size(), String.join("\n", reading.problems()));

        String single = xml.replace("<qti-text-entry-interaction response-identifier=\"OTHER\"/>", "");
        assertThat(qti.read(single).problems(), hasItems(
                startsWith("a multiple-response interaction (max-choices=\"2\")"),
                startsWith("choice B holds <img>"),
                startsWith("5 choices: the bank holds exactly four"),
                startsWith("a response of cardinality \"multiple\""),
                startsWith("2 correct responses"),
                startsWith(
                        "response processing other than the match_correct template (https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml)"),
                startsWith("<qti-modal-feedback> is not supported")));
    }

    @Test
    void refusesACandidateFacingRubric() {
        String xml = qti.export(new Item("210-4-008", 1, ItemStatus.LIVE, CONTENT, Instant.now(), "staff"))
                .replace("view=\"author scorer\"", "view=\"candidate scorer\"");

        assertThat(qti.read(xml).problems(),
                hasItem(startsWith("qti-rubric-block view=\"candidate scorer\" is not supported")));
    }

    @Test
    void refusesDocumentsWithADoctypeSoNoExternalEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<qti-assessment-item xmlns=\"" + QtiItems.NAMESPACE
                + "\" identifier=\"item-210-1-001\">&e;</qti-assessment-item>";

        var problem = assertThrows(ProblemException.class, () -> qti.read(xxe));
        assertEquals("invalid-qti", problem.type());
    }

    @Test
    void refusesOtherDocuments() {
        assertEquals(400, assertThrows(ProblemException.class, () -> qti.read("<html/>")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> qti.read("not xml")).status());
    }
}
