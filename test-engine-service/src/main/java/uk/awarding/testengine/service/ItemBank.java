package uk.awarding.testengine.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.repository.ItemRepository;
import uk.awarding.testengine.repository.ItemRepository.ItemFilter;

/**
 * The item bank as awarding staff edit it. An item is known by its code; each change is a new version, and at most
 * one version of an item is LIVE, so a revision that goes live retires the version it replaces.
 */
@ApplicationScoped
public class ItemBank {

    private final ItemRepository items;
    private final QtiItems qti;
    private final Clock clock;

    ItemBank(ItemRepository items, QtiItems qti, Clock clock) {
        this.items = items;
        this.qti = qti;
        this.clock = clock;
    }

    @Transactional
    public ResultPage<Item> search(ItemFilter filter, int page, int size) {
        return new ResultPage<>(items.search(filter, Page.of(page, size)), page, size, items.count(filter));
    }

    @Transactional
    public Item latest(String itemCode) {
        return items.findLatest(itemCode).orElseThrow(() -> notFound(itemCode));
    }

    @Transactional
    public Item version(String itemCode, int version) {
        return items.findVersion(itemCode, version).orElseThrow(() -> ProblemException.notFound("item-not-found",
                "No such item version", "Item " + itemCode + " has no version " + version + "."));
    }

    @Transactional
    public List<Item> versions(String itemCode) {
        List<Item> versions = items.versionsOf(itemCode);
        if (versions.isEmpty()) {
            throw notFound(itemCode);
        }
        return versions;
    }

    /** A new item, version 1, with the next free code of its learning outcome. */
    @Transactional
    public Item create(ItemContent content, ItemStatus status, String author, String changeNote) {
        requireNotRetired(status);
        return add(build(items.nextItemCode(content.unit(), content.learningOutcome()), 1, status, content, author,
                changeNote));
    }

    /** A new version of an item; the item keeps its code, unit and learning outcome. */
    @Transactional
    public Item revise(String itemCode, ItemContent content, ItemStatus status, String author, String changeNote) {
        requireNotRetired(status);
        Item latest = latest(itemCode);
        if (!latest.getUnit().equals(content.unit()) || !latest.getLearningOutcome().equals(content.learningOutcome())) {
            throw ProblemException.unprocessable("invalid-item", "Invalid item",
                    "A revision keeps the item's unit " + latest.getUnit() + " and learning outcome "
                            + latest.getLearningOutcome() + "; write a new item instead.");
        }
        return add(build(itemCode, latest.getVersion() + 1, status, content, author, changeNote));
    }

    /** Withdraws every version of the item from future draws; sittings already given it keep it. */
    @Transactional
    public Item retire(String itemCode) {
        versions(itemCode).forEach(Item::retire);
        return latest(itemCode);
    }

    @Transactional
    public String exportQti(String itemCode, int version) {
        return qti.export(version(itemCode, version));
    }

    /**
     * Imports a QTI 3.0 item: a new code becomes version 1 of a new item, a known code a new version unless the
     * content equals the latest version, in which case nothing changes (so importing an export is harmless).
     */
    @Transactional
    public ImportResult importQti(String xml, String author) {
        QtiItems.Imported imported = qti.parse(xml);
        var latest = items.findLatest(imported.itemCode());
        if (latest.isEmpty()) {
            return new ImportResult(add(build(imported.itemCode(), 1, imported.status(), imported.content(), author,
                    "Imported from QTI.")), true);
        }
        if (latest.get().content().equals(imported.content())) {
            return new ImportResult(latest.get(), false);
        }
        return new ImportResult(revise(imported.itemCode(), imported.content(), imported.status(), author,
                "Imported from QTI."), true);
    }

    /** The stored item version and whether the import created it. */
    public record ImportResult(Item item, boolean created) {
    }

    /** Stores a new version; a LIVE one retires the item's older LIVE version. */
    Item add(Item item) {
        if (item.getStatus() == ItemStatus.LIVE) {
            items.versionsOf(item.getItemCode()).stream()
                    .filter(v -> v.getStatus() == ItemStatus.LIVE)
                    .forEach(Item::retire);
        }
        items.persist(item);
        return item;
    }

    private Item build(String itemCode, int version, ItemStatus status, ItemContent content, String author,
            String changeNote) {
        return new Item(itemCode, version, status, content, clock.instant(), author, changeNote);
    }

    private static void requireNotRetired(ItemStatus status) {
        if (status == ItemStatus.RETIRED) {
            throw ProblemException.unprocessable("invalid-item", "Invalid item",
                    "A new version is DRAFT or LIVE; retire an item with POST /api/items/{itemCode}/retirement.");
        }
    }

    private static ProblemException notFound(String itemCode) {
        return ProblemException.notFound("item-not-found", "No such item", "There is no item " + itemCode + ".");
    }
}
