package uk.awarding.testengine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import uk.awarding.testengine.service.ItemBank;
import uk.awarding.testengine.service.QtiContentPackage;

/**
 * The repository's demo item bank ({@code item-bank/2794-210}, a QTI 3.0 content package) in the test database, once
 * per application start, the way ./run.sh puts it in the suite's: imported by the service's package import as staff
 * and approved through the review workflow, which records staff as the reviewer. The service itself ships no bank.
 */
@ApplicationScoped
public class DemoItemBank {

    public static final Path DIRECTORY = Path.of("item-bank", "2794-210");
    static final String REVIEWER = "staff";

    void onStart(@Observes StartupEvent event, ItemBank itemBank, QtiContentPackage contentPackage) {
        List<ItemBank.VersionRef> drafts = itemBank.importPackage(contentPackage.zip(files()), REVIEWER).stream()
                .filter(result -> result.item().awaitsReview())
                .map(result -> new ItemBank.VersionRef(result.item().getItemCode(), result.item().getVersion())).toList();
        if (!drafts.isEmpty()) {
            itemBank.approveAll("2794-210", drafts, REVIEWER, "Demo item bank, approved for the tests.");
        }
    }

    /** The package directory's files by name. */
    public static SortedMap<String, byte[]> files() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(DIRECTORY)) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
