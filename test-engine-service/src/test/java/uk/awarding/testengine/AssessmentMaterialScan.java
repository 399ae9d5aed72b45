package uk.awarding.testengine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import uk.awarding.testengine.service.QtiContentPackage;
import uk.awarding.testengine.service.QtiItems;

/**
 * Looks for assessment material in a built artifact (Ofqual General Condition G4: it stays confidential, so it never
 * ships in the service's jar or image). Every file and every jar entry is checked by name (an item-bank folder, a
 * package manifest, an item document, an item-bank JSON file); this service's own files (not the third-party jars of
 * {@code lib/}) are also checked by content for any stem or rationale of the demo bank.
 */
public final class AssessmentMaterialScan {

    private static final Pattern MATERIAL_NAME = Pattern.compile(
            "(^|.*/)(item-bank(/.*)?|imsmanifest\\.xml|item-[0-9]{3}-[0-9]+-[0-9]{3}\\.xml|[0-9]{4}-[0-9]{3}\\.json)");
    private static final Pattern OWN = Pattern.compile("(^|.*/)(app/.*|quarkus/.*|[^/]*|lib/main/uk\\.awarding\\..*)");

    private AssessmentMaterialScan() {
    }

    /** The stems and rationales of the demo bank: long and unique, so finding one is finding the bank. */
    public static List<String> demoBankTexts() {
        List<String> texts = new ArrayList<>();
        new QtiContentPackage(new QtiItems()).read(DemoItemBank.files()).items().forEach(item -> {
            texts.add(item.content().stem());
            texts.add(item.content().rationale());
        });
        return texts;
    }

    /** One line per file or entry that holds assessment material, naming it and why; empty when clean. */
    public static List<String> findings(Path root, Collection<String> texts) {
        List<String> findings = new ArrayList<>();
        List<String> needles = texts.stream()
                .map(text -> new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)).toList();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(path).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(path)) {
                    check(name, in, OWN.matcher(name).matches(), needles, findings);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    private static void check(String name, InputStream in, boolean own, List<String> needles, List<String> findings)
            throws IOException {
        if (MATERIAL_NAME.matcher(name).matches()) {
            findings.add(name + ": an item-bank file by its name");
        }
        if (name.endsWith(".jar") || name.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    check(name + "!/" + entry.getName(), new ByteArrayInputStream(zip.readAllBytes()), own, needles, findings);
                }
            }
        } else if (own) {
            String content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            needles.stream().filter(content::contains).findFirst()
                    .ifPresent(text -> findings.add(name + ": holds item text \"" + text + "\""));
        }
    }
}
