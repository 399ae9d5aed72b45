package uk.awarding.testengine.service;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import uk.awarding.testengine.DemoItemBank;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;

/**
 * What the exporters write validates against 1EdTech's QTI 3.0 XSDs (copies in {@code src/test/resources/qti3-xsd},
 * see its README): each item document against the ASI schema, the manifest against the QTI 3.0 profile of IMS CP 1.2
 * with its LOM and QTI metadata schemas. Offline: every import resolves to a local copy, and the factory and the
 * validators may read files only, so an import left pointing at the web fails the test instead of fetching it.
 */
class QtiSchemaTest {

    static final String ITEM_XSD = "/qti3-xsd/asi/imsqti_asiv3p0p1_v1p0.xsd";
    static final String MANIFEST_XSD = "/qti3-xsd/cp/imsqtiv3p0_imscpv1p2_v1p0.xsd";

    private static Schema itemSchema;
    private static Schema manifestSchema;
    private final QtiItems qti = new QtiItems();
    private final QtiContentPackage contentPackage = new QtiContentPackage(qti);

    @BeforeAll
    static void loadSchemas() throws Exception {
        itemSchema = schema(ITEM_XSD);
        manifestSchema = schema(MANIFEST_XSD);
    }

    @Test
    void everyItemOfTheDemoPackageIsAValidQti3Item() {
        SortedMap<String, byte[]> files = DemoItemBank.files();
        int items = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().startsWith(QtiItems.IDENTIFIER_PREFIX) && file.getKey().endsWith(".xml")) {
                assertThat(file.getKey(), errors(itemSchema, file.getKey(), file.getValue()), empty());
                items++;
            }
        }
        assertEquals(files.size() - 1, items, "every file but the manifest is an item: " + files.keySet());
    }

    @Test
    void theDemoPackageManifestIsAValidQti3ContentPackageManifest() {
        byte[] manifest = DemoItemBank.files().get(QtiContentPackage.MANIFEST);

        assertThat(errors(manifestSchema, QtiContentPackage.MANIFEST, manifest), empty());
    }

    @Test
    void anExportedItemWithEnemiesAndAChangeNoteIsValid() {
        ItemContent content = new ItemContent("2794-210", "LO4", "AC4.2", QtiItemsTest.CONTENT.stem(),
                QtiItemsTest.CONTENT.options(), "C", QtiItemsTest.CONTENT.rationale(), List.of("210-4-001", "210-4-007"));
        Item item = new Item("210-4-008", 3, ItemStatus.LIVE, content, Instant.now(), "staff",
                "Key shortened: it was the longest option & the only one naming <availability>.");
        Item retired = new Item("210-4-001", 2, ItemStatus.RETIRED, new ItemContent("2794-210", "LO4", "AC4.1",
                "What is a unique selling point of a product?",
                List.of("A feature no competing product offers", "The lowest price in the market",
                        "A feature every product shares", "The place where the product is sold"),
                "A", "A USP sets the product apart; the point of sale is where it is sold."), Instant.now(), "staff");

        assertThat(errors(itemSchema, "export", qti.export(item).getBytes(StandardCharsets.UTF_8)), empty());
        SortedMap<String, byte[]> files = contentPackage.files("2794-210", "Customer service principles",
                List.of(item, retired));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Schema schema = file.getKey().equals(QtiContentPackage.MANIFEST) ? manifestSchema : itemSchema;
            assertThat(file.getKey(), errors(schema, file.getKey(), file.getValue()), empty());
        }
        String manifest = new String(files.get(QtiContentPackage.MANIFEST), StandardCharsets.UTF_8);
        assertThat("the manifest validated carries the enemies and the change note", manifest,
                containsString("<imsmd:entry>210-4-007</imsmd:entry>"));
        assertThat(manifest, containsString("Key shortened"));
    }

    @Test
    void aChoiceOutsideItsInteractionIsInvalid() {
        String xml = exported().replaceFirst("</qti-choice-interaction>",
                "</qti-choice-interaction><qti-simple-choice identifier=\"E\">Stray</qti-simple-choice>");

        assertThat(errors(itemSchema, "broken", xml.getBytes(StandardCharsets.UTF_8)),
                hasItem(containsString("qti-simple-choice")));
    }

    @Test
    void anUnknownElementIsInvalid() {
        String xml = exported().replaceFirst("<qti-prompt>", "<qti-stem>Which?</qti-stem><qti-prompt>");

        assertThat(errors(itemSchema, "broken", xml.getBytes(StandardCharsets.UTF_8)), hasItem(containsString("qti-stem")));
    }

    @Test
    void aRationaleViewOutsideTheQtiViewsIsInvalid() {
        String xml = exported().replace("view=\"author scorer\"", "view=\"author reviewer\"");

        assertThat(errors(itemSchema, "broken", xml.getBytes(StandardCharsets.UTF_8)), not(empty()));
    }

    @Test
    void aManifestWithAnExtensionElementInItsMetadataIsInvalid() {
        String manifest = new String(DemoItemBank.files().get(QtiContentPackage.MANIFEST), StandardCharsets.UTF_8)
                .replaceFirst("<imsqti:qtiMetadata>",
                        "<enemies xmlns=\"urn:awarding\">210-1-003</enemies><imsqti:qtiMetadata>");

        assertThat(errors(manifestSchema, "broken", manifest.getBytes(StandardCharsets.UTF_8)),
                hasItem(containsString("enemies")));
    }

    private String exported() {
        return qti.export(new Item("210-4-008", 1, ItemStatus.LIVE, QtiItemsTest.CONTENT, Instant.now(), "staff"));
    }

    static Schema schema(String resource) throws SAXException, URISyntaxException {
        URL xsd = QtiSchemaTest.class.getResource(resource);
        if (xsd == null || !"file".equals(xsd.getProtocol())) {
            throw new IllegalStateException("schema not on the test classpath as a file: " + resource + " (" + xsd + ")");
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Imports may read local files only: a schemaLocation on the web fails here rather than being fetched.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setErrorHandler(new Collecting(new ArrayList<>()) {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return factory.newSchema(new StreamSource(xsd.toURI().toString()));
    }

    /** Every validation error and fatal error, as "line:column message"; empty when the document is valid. */
    static List<String> errors(Schema schema, String name, byte[] xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = schema.newValidator();
        try {
            // The documents name no schema, and may not make the validator fetch one.
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setErrorHandler(new Collecting(errors));
            validator.validate(new StreamSource(new ByteArrayInputStream(xml), name));
        } catch (SAXParseException e) {
            // already collected by the handler
        } catch (SAXException | IOException e) {
            errors.add(e.toString());
        }
        return errors;
    }

    private static class Collecting implements ErrorHandler {
        private final List<String> errors;

        Collecting(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a document invalid
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            throw e;
        }
    }
}
