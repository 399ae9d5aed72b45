package uk.awarding.testengine.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.domain.ReviewDecision;
import uk.awarding.testengine.repository.ItemRepository;
import uk.awarding.testengine.repository.ItemRepository.ItemFilter;

/**
 * The item bank as awarding staff edit it. An item is known by its code; each change is a new version. Every new
 * version, written through the API or imported, is DRAFT: it goes LIVE only when a reviewer approves it, and the
 * approval (who, when, why) is recorded on the version. At most one version of an item is LIVE, so an approval
 * retires the LIVE version it replaces.
 */
@ApplicationScoped
public class ItemBank {

    /** The change note of an imported version when its source gives none. */
    static final String IMPORTED = "Imported from QTI.";

    private final ItemRepository items;
    private final QtiItems qti;
    private final QtiContentPackage contentPackage;
    private final Clock clock;

    ItemBank(ItemRepository items, QtiItems qti, QtiContentPackage contentPackage, Clock clock) {
        this.items = items;
        this.qti = qti;
        this.contentPackage = contentPackage;
        this.clock = clock;
    }

    /** The units that have live items: those a candidate could be offered a test of. */
    @Transactional
    public List<String> liveUnits() {
        return items.liveUnits();
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

    /** A new item, version 1 (DRAFT), with the next free code of its learning outcome. */
    @Transactional
    public Item create(ItemContent content, ItemStatus status, String author, String changeNote) {
        requireDraft(status);
        return add(build(items.nextItemCode(content.unit(), content.learningOutcome()), 1, content, author, changeNote));
    }

    /** A new DRAFT version of an item; the item keeps its code, unit and learning outcome. */
    @Transactional
    public Item revise(String itemCode, ItemContent content, ItemStatus status, String author, String changeNote) {
        requireDraft(status);
        Item latest = latest(itemCode);
        if (!keepsUnitAndOutcome(latest, content)) {
            throw ProblemException.unprocessable("invalid-item", "Invalid item", revisionMoves(latest));
        }
        return add(build(itemCode, latest.getVersion() + 1, content, author, changeNote));
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
     * Imports one QTI 3.0 item document as a new version of a stored item: an item document carries no unit, learning
     * outcome, assessment criterion or enemies (those are package metadata), so they are the latest version's. Content
     * equal to the latest version changes nothing (importing an export is harmless); a new item comes in a package.
     *
     * @throws ProblemException 422 {@code unsupported-qti} naming everything the bank cannot hold
     */
    @Transactional
    public ImportResult importQti(String xml, String author) {
        QtiItems.Reading reading = qti.read(xml);
        if (!reading.problems().isEmpty()) {
            throw unsupported(reading.problems().stream().map(p -> new FieldError("qti-assessment-item", p)).toList());
        }
        QtiItems.QtiItem read = reading.item();
        Item latest = items.findLatest(read.itemCode()).orElseThrow(() -> unsupported(List.of(new FieldError(
                "qti-assessment-item", "item " + read.itemCode() + " is not in the bank, and a single item document has no "
                        + "unit, learning outcome or assessment criterion: import it in a content package "
                        + "(POST /api/item-banks/package)"))));
        ItemContent stored = latest.content();
        ItemContent content = new ItemContent(stored.unit(), stored.learningOutcome(), stored.assessmentCriterion(),
                read.stem(), read.options(), read.key(), read.rationale(), stored.enemies());
        return importVersion(read.itemCode(), content, author, IMPORTED);
    }

    /** The latest version of every item of the unit as a QTI 3.0 content package (zip). */
    @Transactional
    public byte[] exportPackage(String unit) {
        List<Item> latest = items.latestVersions(unit);
        if (latest.isEmpty()) {
            throw ProblemException.notFound("item-bank-not-found", "No such item bank", "Unit " + unit + " has no items.");
        }
        return contentPackage.zip(contentPackage.files(unit, "Item bank " + unit, latest));
    }

    /**
     * Imports a QTI 3.0 content package, all or nothing: every item is read and checked before anything is stored, and
     * one answer names every problem. Per item as for a single document: a new code becomes version 1, content equal
     * to the latest version changes nothing, other content becomes a new version. Every new version is DRAFT.
     *
     * @throws ProblemException 400 {@code invalid-package} for a zip that is not safe to read, 422
     *         {@code unsupported-qti} listing every problem of every file
     */
    @Transactional
    public List<ImportResult> importPackage(byte[] zip, String author) {
        QtiContentPackage.Reading reading = contentPackage.read(contentPackage.unzip(zip));
        List<FieldError> problems = new ArrayList<>(reading.problems());
        for (QtiContentPackage.PackagedItem item : reading.items()) {
            items.findLatest(item.itemCode()).filter(latest -> !keepsUnitAndOutcome(latest, item.content()))
                    .ifPresent(latest -> problems.add(new FieldError(item.file(), revisionMoves(latest))));
        }
        if (!problems.isEmpty()) {
            throw unsupported(problems);
        }
        return reading.items().stream().map(item -> importVersion(item.itemCode(), item.content(), author,
                item.changeNote() == null ? IMPORTED : item.changeNote())).toList();
    }

    private ImportResult importVersion(String itemCode, ItemContent content, String author, String changeNote) {
        var latest = items.findLatest(itemCode);
        if (latest.isEmpty()) {
            return new ImportResult(add(build(itemCode, 1, content, author, changeNote)), true);
        }
        if (latest.get().content().equals(content)) {
            return new ImportResult(latest.get(), false);
        }
        return new ImportResult(revise(itemCode, content, ItemStatus.DRAFT, author, changeNote), true);
    }

    /** The stored item version and whether the import created it. */
    public record ImportResult(Item item, boolean created) {
    }

    /**
     * Records a reviewer's decision on a version awaiting review (the item's latest, DRAFT and not yet reviewed). An
     * approval makes it LIVE and retires the item's older LIVE version; a rejection leaves it DRAFT for good.
     *
     * @throws ProblemException 404 {@code item-not-found}, 409 {@code item-not-awaiting-review}
     */
    @Transactional
    public Item review(String itemCode, int version, ReviewDecision decision, String reviewer, String note) {
        Item item = version(itemCode, version);
        String refusal = refusal(item);
        if (refusal != null) {
            throw notAwaitingReview(itemCode + " v" + version + ": " + refusal, List.of());
        }
        return record(item, decision, reviewer, note);
    }

    /**
     * Approves each named version of the unit with one note, all or none: every version must await review (see
     * {@link #review}); one answer names every one that does not. Only named versions are approved, so a script can
     * approve exactly what it imported and never a draft it did not see.
     *
     * @throws ProblemException 409 {@code item-not-awaiting-review} with an error per refused entry
     */
    @Transactional
    public List<Item> approveAll(String unit, List<VersionRef> versions, String reviewer, String note) {
        List<FieldError> problems = new ArrayList<>();
        List<Item> approved = new ArrayList<>();
        Set<VersionRef> seen = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            VersionRef ref = versions.get(i);
            Item item = items.findVersion(ref.itemCode(), ref.version()).orElse(null);
            String refusal = !seen.add(ref) ? "named twice"
                    : item == null ? "no such item version"
                            : !item.getUnit().equals(unit) ? "belongs to unit " + item.getUnit() + ", not " + unit
                                    : refusal(item);
            if (refusal != null) {
                problems.add(new FieldError("items[" + i + "]", ref.itemCode() + " v" + ref.version() + ": " + refusal));
            } else {
                approved.add(item);
            }
        }
        if (!problems.isEmpty()) {
            throw notAwaitingReview(problems.size() == 1 ? problems.get(0).message()
                    : problems.size() + " of the versions cannot be approved; every one is listed in errors", problems);
        }
        return approved.stream().map(item -> record(item, ReviewDecision.APPROVED, reviewer, note)).toList();
    }

    /**
     * Why the version cannot be reviewed now (already reviewed, not DRAFT, or superseded), or null when it awaits
     * review: what the review form says instead of offering a decision {@link #review} would refuse.
     */
    @Transactional
    public String reviewRefusal(String itemCode, int version) {
        return refusal(version(itemCode, version));
    }

    /** An item version named by its code and version number. */
    public record VersionRef(String itemCode, int version) {
    }

    /** Why the version cannot be reviewed now, or null if it can. */
    private String refusal(Item item) {
        if (item.getReviewDecision() != null) {
            return "already " + item.getReviewDecision().name().toLowerCase() + " by " + item.getReviewedBy();
        }
        if (item.getStatus() != ItemStatus.DRAFT) {
            return "is " + item.getStatus() + ", not DRAFT";
        }
        int latest = items.findLatest(item.getItemCode()).orElseThrow().getVersion();
        return latest != item.getVersion() ? "version " + latest + " supersedes it" : null;
    }

    private Item record(Item item, ReviewDecision decision, String reviewer, String note) {
        if (decision == ReviewDecision.APPROVED) {
            items.versionsOf(item.getItemCode()).stream()
                    .filter(v -> v.getStatus() == ItemStatus.LIVE)
                    .forEach(Item::retire);
        }
        item.review(decision, reviewer, clock.instant(), note);
        return item;
    }

    private Item add(Item item) {
        items.persist(item);
        return item;
    }

    private Item build(String itemCode, int version, ItemContent content, String author, String changeNote) {
        return new Item(itemCode, version, ItemStatus.DRAFT, content, clock.instant(), author, changeNote);
    }

    private static boolean keepsUnitAndOutcome(Item latest, ItemContent content) {
        return latest.getUnit().equals(content.unit()) && latest.getLearningOutcome().equals(content.learningOutcome());
    }

    private static String revisionMoves(Item latest) {
        return "A revision keeps the item's unit " + latest.getUnit() + " and learning outcome "
                + latest.getLearningOutcome() + "; write a new item instead.";
    }

    private static ProblemException unsupported(List<FieldError> problems) {
        return ProblemException.unprocessable("unsupported-qti", "QTI the item bank cannot hold",
                problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
                        : problems.size() + " problems; every one is listed in errors")
                .with("errors", problems);
    }

    /** A new version is DRAFT: LIVE comes only by review, RETIRED only by retirement. */
    private static void requireDraft(ItemStatus status) {
        if (status == ItemStatus.RETIRED) {
            throw ProblemException.unprocessable("invalid-item", "Invalid item",
                    "A new version is DRAFT; retire an item with POST /api/items/{itemCode}/retirement.");
        }
        if (status == ItemStatus.LIVE) {
            throw ProblemException.unprocessable("invalid-item", "Invalid item", "A new version is DRAFT; it goes LIVE "
                    + "only when a reviewer approves it: POST /api/items/{itemCode}/versions/{version}/review.");
        }
    }

    private static ProblemException notAwaitingReview(String detail, List<FieldError> problems) {
        ProblemException problem = ProblemException.conflict("item-not-awaiting-review", "Item version not awaiting review",
                detail);
        return problems.isEmpty() ? problem : problem.with("errors", problems);
    }

    private static ProblemException notFound(String itemCode) {
        return ProblemException.notFound("item-not-found", "No such item", "There is no item " + itemCode + ".");
    }
}
