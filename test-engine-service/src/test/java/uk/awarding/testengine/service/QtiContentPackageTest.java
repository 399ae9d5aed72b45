package uk.awarding.testengine.service;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;

class QtiContentPackageTest {

    private static final ItemContent OTHER = new ItemContent("2794-210", "LO4", "AC4.1",
            "What is a unique selling point of a product?",
            List.of("A feature no competing product offers", "The lowest price in the market", "A feature every product shares",
                    "The place where the product is sold"),
            "A", "A USP is what sets the product apart; the point of sale is where it is sold, not why it is bought.");
    private final QtiContentPackage contentPackage = new QtiContentPackage(new QtiItems());

    @Test
    void aPackageReadsBackAsTheItemsWithTheirMetadata() {
        ItemContent withEnemies = new ItemContent(QtiItemsTest.CONTENT.unit(), QtiItemsTest.CONTENT.learningOutcome(),
                QtiItemsTest.CONTENT.assessmentCriterion(), QtiItemsTest.CONTENT.stem(), QtiItemsTest.CONTENT.options(),
                QtiItemsTest.CONTENT.key(), QtiItemsTest.CONTENT.rationale(), List.of("210-4-001"));
        SortedMap<String, byte[]> files = contentPackage.files("2794-210", "Customer service principles", List.of(
                new Item("210-4-008", 3, ItemStatus.LIVE, withEnemies, Instant.now(), "staff", "Shorter key."),
                new Item("210-4-001", 1, ItemStatus.DRAFT, OTHER, Instant.now(), "staff")));

        QtiContentPackage.Reading reading = contentPackage.read(contentPackage.unzip(contentPackage.zip(files)));

        assertEquals(List.of(), reading.problems());
        assertEquals(List.of(new QtiContentPackage.PackagedItem("item-210-4-001.xml", "210-4-001", OTHER, null),
                new QtiContentPackage.PackagedItem("item-210-4-008.xml", "210-4-008", withEnemies, "Shorter key.")),
                reading.items());
        String manifest = new String(files.get("imsmanifest.xml"), StandardCharsets.UTF_8);
        assertTrue(
                manifest.contains(
                        "<resource href=\"item-210-4-008.xml\" identifier=\"item-210-4-008\" type=\"imsqti_item_xmlv3p0\">"),
                manifest);
        assertTrue(manifest.contains("<imsmd:id>AC4.2</imsmd:id>"), manifest);
        assertTrue(manifest.contains("<imsmd:value>final</imsmd:value>"), "LIVE is LOM status final: " + manifest);
        assertTrue(manifest.contains("<imsmd:entry>210-4-001</imsmd:entry>"), "the enemy: " + manifest);
        assertFalse(new String(files.get("item-210-4-008.xml"), StandardCharsets.UTF_8).contains("data-"));
    }

    @Test
    void listsEveryProblemOfEveryFile() {
        SortedMap<String, byte[]> files = contentPackage.files("2794-210", "Bank", List.of(
                new Item("210-4-008", 1, ItemStatus.LIVE, QtiItemsTest.CONTENT, Instant.now(), "staff"),
                new Item("210-4-001", 1, ItemStatus.LIVE, OTHER, Instant.now(), "staff")));
        files.put("item-210-4-008.xml", new String(files.get("item-210-4-008.xml"), StandardCharsets.UTF_8)
                .replace("max-choices=\"1\"", "max-choices=\"2\"").getBytes(StandardCharsets.UTF_8));
        files.put("item-210-4-001.xml", new String(files.get("item-210-4-001.xml"), StandardCharsets.UTF_8)
                .replace("<qti-prompt>", "<qti-prompt><img src=\"chart.png\"/>").getBytes(StandardCharsets.UTF_8));
        files.put("chart.png", new byte[] { 1, 2, 3 });

        List<FieldError> problems = contentPackage.read(files).problems();

        assertThat(problems.stream().map(p -> p.field() + ": " + p.message()).toList(), hasItems(
                containsString("item-210-4-008.xml: a multiple-response interaction"),
                containsString("item-210-4-001.xml: the stem holds <img>"),
                containsString("chart.png: no item of the manifest names this file")));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(contentPackage.read(files).items().isEmpty(), "all or nothing");
    }

    @Test
    void aPackageWithoutAManifestIsNamedAsSuch() {
        assertEquals(List.of(new FieldError("imsmanifest.xml", "the package has no imsmanifest.xml at its root")),
                contentPackage.read(new TreeMap<>(java.util.Map.of("item.xml", new byte[0]))).problems());
    }

    @Test
    void refusesEntriesOutsideThePackage() throws IOException {
        for (String name : List.of("../evil.xml", "/etc/cron.d/evil", "items/../../evil.xml", "C:\\evil.xml", "..\\evil.xml")) {
            var problem = assertThrows(ProblemException.class, () -> contentPackage.unzip(zip(name, new byte[1], 1)), name);
            assertEquals("invalid-package", problem.type(), name);
        }
    }

    @Test
    void refusesZipBombsByEntryCountAndUnpackedSize() throws IOException {
        byte[] many = zip("f", new byte[1], QtiContentPackage.MAX_ENTRIES + 1);
        assertThat(assertThrows(ProblemException.class, () -> contentPackage.unzip(many)).detail(),
                containsString("more than " + QtiContentPackage.MAX_ENTRIES + " entries"));

        byte[] big = zip("zeros", new byte[QtiContentPackage.MAX_ENTRY_BYTES + 1], 1);
        assertTrue(big.length < 10_000, "a tiny zip unpacking to over a megabyte");
        assertThat(assertThrows(ProblemException.class, () -> contentPackage.unzip(big)).detail(),
                containsString("unpacks to more than"));

        assertEquals(400, assertThrows(ProblemException.class, () -> contentPackage.unzip("not a zip".getBytes())).status());
    }

    /** A zip of {@code count} entries of this content, named {@code name} (then name-1, name-2, ...). */
    private static byte[] zip(String name, byte[] content, int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry(i == 0 ? name : name + "-" + i));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
