package uk.awarding.testengine;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The artifact check finds the bank wherever it is put back: by file name, or by its text inside a class. */
class AssessmentMaterialScanTest {

    private static final List<String> TEXTS = AssessmentMaterialScan.demoBankTexts();

    @TempDir
    Path app;

    @Test
    void aCleanArtifactHasNoFindings() throws IOException {
        jar("app/test-engine-service.jar", Map.of("uk/awarding/testengine/service/ItemBank.class", "bytecode"));
        jar("lib/main/io.quarkus.quarkus-core.jar", Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0"));

        assertEquals(List.of(), AssessmentMaterialScan.findings(app, TEXTS));
    }

    @Test
    void findsTheBankBackOnTheClassPathByName() throws IOException {
        jar("app/test-engine-service.jar", Map.of("item-bank/2794-210.json", "{}"));
        jar("lib/main/some.library.jar", Map.of("bank/imsmanifest.xml", "<manifest/>"));

        assertThat(AssessmentMaterialScan.findings(app, TEXTS), contains(
                startsWith("app/test-engine-service.jar!/item-bank/2794-210.json"),
                startsWith("lib/main/some.library.jar!/bank/imsmanifest.xml")));
    }

    @Test
    void findsAStemOrRationaleInsideTheServicesOwnFiles() throws IOException {
        jar("app/test-engine-service.jar",
                Map.of("uk/awarding/testengine/Seed.class", "\u0001\u0000" + TEXTS.get(0) + "\u0007"));
        Files.writeString(app.resolve("quarkus-application.dat"), TEXTS.get(1));

        assertEquals(2, AssessmentMaterialScan.findings(app, TEXTS).size(),
                AssessmentMaterialScan.findings(app, TEXTS).toString());
    }

    private void jar(String name, Map<String, String> entries) throws IOException {
        Path jar = app.resolve(name);
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
