package uk.awarding.testengine.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.util.ClassPathUtils;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.repository.ItemRepository;

/**
 * Loads the item bank files into the database at start: a version not yet stored is inserted, a stored one is left
 * alone (its status may have moved through the API since). Versions are immutable, so a file that changes the
 * wording of a stored version without a new version number stops the start: a data error fails the build (the
 * item bank tests load the same files), never production.
 */
@ApplicationScoped
public class ItemBankLoader {

    private static final Logger LOG = Logger.getLogger(ItemBankLoader.class);

    private final TestEngineConfig config;
    private final ItemRepository items;
    private final ItemBank itemBank;
    private final ObjectMapper mapper;
    private final Clock clock;

    ItemBankLoader(TestEngineConfig config, ItemRepository items, ItemBank itemBank, ObjectMapper mapper, Clock clock) {
        this.config = config;
        this.items = items;
        this.itemBank = itemBank;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        for (ItemBankFile file : readFiles()) {
            load(file);
        }
    }

    List<ItemBankFile> readFiles() {
        List<ItemBankFile> files = new ArrayList<>();
        try {
            ClassPathUtils.consumeAsPaths(config.itemBankLocation(), directory -> {
                try (Stream<Path> paths = Files.list(directory)) {
                    for (Path path : paths.filter(ItemBankLoader::isItemBankFile).sorted().toList()) {
                        files.add(mapper.readValue(Files.readString(path), ItemBankFile.class));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static boolean isItemBankFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(".schema.json");
    }

    void load(ItemBankFile file) {
        List<String> errors = file.errors();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Item bank " + file.unit() + " is invalid: " + String.join("; ", errors));
        }
        int inserted = 0;
        for (ItemBankFile.Entry entry : file.items()) {
            ItemContent content = entry.content(file.unit());
            var stored = items.findVersion(entry.itemCode(), entry.version());
            if (stored.isEmpty()) {
                itemBank.add(new Item(entry.itemCode(), entry.version(), entry.status(), content, clock.instant(),
                        "item-bank/" + file.unit() + ".json", entry.changeNote()));
                inserted++;
            } else if (!stored.get().content().equals(content)) {
                throw new IllegalStateException("Item " + entry.itemCode() + " version " + entry.version()
                        + " differs from the stored version; versions are immutable, give the change a new version");
            }
        }
        LOG.infof("Item bank %s: %d item versions in the file, %d inserted", file.unit(), file.items().size(), inserted);
    }
}
