package uk.awarding.testengine.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemStatus;

/**
 * Turns an item bank JSON file as the writers deliver it (including the optional {@code enemies} and
 * {@code changeNote}) into the QTI 3.0 content package directory the service imports, with the service's own exporter.
 * A file that breaks a bank rule writes nothing; an item listed in several versions is packaged in its highest. The directory's item files and manifest are replaced, so an item the
 * writers dropped disappears from it; the output is byte-stable, so a diff shows exactly what the writers changed.
 * <p>
 * From the repository root:
 * {@code ./mvnw -q -o -pl test-engine-service test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java
 * -Dexec.classpathScope=test -Dexec.mainClass=uk.awarding.testengine.service.ItemBankConverter
 * -Dexec.args="/path/to/2794-210.json test-engine-service/item-bank/2794-210"}
 */
public final class ItemBankConverter {

    private ItemBankConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: ItemBankConverter <item bank JSON file> <package directory>");
            System.exit(2);
        }
        int items = convert(Path.of(args[0]), Path.of(args[1]));
        System.out.println("Wrote " + items + " items and imsmanifest.xml to " + args[1]);
    }

    /** @return how many items the package holds */
    static int convert(Path json, Path directory) throws IOException {
        ItemBankFile file = new ObjectMapper().findAndRegisterModules().readValue(json.toFile(), ItemBankFile.class);
        List<String> errors = file.errors();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(json + " breaks the item bank rules:\n  " + String.join("\n  ", errors));
        }
        // A package holds one version per item, its latest (as an export does). Versions and statuses are the file's:
        // the manifest reports them, and an import still makes every new version DRAFT. A retired item stays out: an
        // import would bring it back as a draft to review, and the writers' review notes keep why it was retired.
        Map<String, ItemBankFile.Entry> latest = new TreeMap<>();
        file.items().forEach(entry -> latest.merge(entry.itemCode(), entry, (a, b) -> a.version() >= b.version() ? a : b));
        List<Item> items = latest.values().stream().filter(entry -> entry.status() != ItemStatus.RETIRED)
                .map(entry -> new Item(entry.itemCode(), entry.version(), entry.status(),
                        entry.content(file.unit()), Instant.EPOCH, "item-bank", entry.changeNote()))
                .toList();
        SortedMap<String, byte[]> files = new QtiContentPackage(new QtiItems()).files(file.unit(), file.title(), items);
        Files.createDirectories(directory);
        try (Stream<Path> old = Files.list(directory)) {
            for (Path path : old.filter(p -> p.getFileName().toString().endsWith(".xml")).toList()) {
                Files.delete(path);
            }
        }
        for (var entry : files.entrySet()) {
            Files.write(directory.resolve(entry.getKey()), entry.getValue());
        }
        return items.size();
    }
}
