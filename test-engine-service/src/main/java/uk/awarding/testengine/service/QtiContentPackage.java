package uk.awarding.testengine.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.domain.InvalidItemException;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;

/**
 * A unit's item bank as an IMS QTI 3.0 content package: {@code imsmanifest.xml} with one {@code resource} of type
 * {@code imsqti_item_xmlv3p0} per item and one item document per resource ({@link QtiItems}).
 * <p>
 * What the bank knows about an item beyond its wording travels in the resource's metadata, as the QTI 3.0 packaging
 * profile allows it there: IEEE LOM ({@code imsmd_loose_v1p3p2}) and QTI metadata. The profile forbids extension
 * elements in a manifest, so LOM's own extension points carry this service's terms, each under a {@code urn:awarding:}
 * source or catalog:
 * <ul>
 * <li>item code: {@code general/identifier} with catalog {@value #ITEM_CODE_CATALOG};</li>
 * <li>unit, learning outcome and assessment criterion: a {@code classification} of purpose "educational objective"
 * with one {@code taxonPath} (source {@value #UNIT_SPECIFICATION}) of three taxons, e.g. 2794-210 / LO1 / AC1.1;</li>
 * <li>version and status: {@code lifeCycle/version} and {@code lifeCycle/status} (LOMv1.0 draft, final for LIVE,
 * unavailable for RETIRED);</li>
 * <li>change note: {@code annotation/description};</li>
 * <li>enemies: one {@code relation} per enemy, kind "enemy" from vocabulary {@value #RELATION_VOCABULARY}, naming the
 * other item by its code.</li>
 * </ul>
 * Reading refuses what the bank cannot hold (other resource types, media files, a file no resource names) and names
 * it; it never drops content. Version and status are informational on import: the bank numbers versions itself and
 * every imported version starts as DRAFT. A zip is read within fixed bounds (entries, bytes per entry and in all) and
 * with plain relative entry names only, so a zip bomb or a path such as {@code ../x} is refused before any parsing.
 */
@ApplicationScoped
public class QtiContentPackage {

    public static final String MANIFEST = "imsmanifest.xml";
    public static final String CP_NAMESPACE = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    public static final String LOM_NAMESPACE = "http://ltsc.ieee.org/xsd/LOM";
    public static final String QTI_METADATA_NAMESPACE = "http://www.imsglobal.org/xsd/imsqti_metadata_v3p0";
    public static final String ITEM_TYPE = "imsqti_item_xmlv3p0";
    static final String ITEM_CODE_CATALOG = "urn:awarding:item-code";
    static final String UNIT_CATALOG = "urn:awarding:unit";
    static final String UNIT_SPECIFICATION = "urn:awarding:unit-specification";
    static final String RELATION_VOCABULARY = "urn:awarding:item-relation";
    static final int MAX_ENTRIES = 2_000;
    static final int MAX_ENTRY_BYTES = 1024 * 1024;
    static final int MAX_TOTAL_BYTES = 16 * 1024 * 1024;
    private static final Pattern ENTRY_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*/?");
    private static final Map<ItemStatus, String> LOM_STATUS = Map.of(ItemStatus.DRAFT, "draft", ItemStatus.LIVE, "final",
            ItemStatus.RETIRED, "unavailable");

    private final QtiItems qti;

    public QtiContentPackage(QtiItems qti) {
        this.qti = qti;
    }

    /** An item read from a package, with what the manifest says about it; {@code file} names it in problems. */
    public record PackagedItem(String file, String itemCode, ItemContent content, String changeNote) {
    }

    /** The items of a package, or every problem that keeps the package out of the bank (then no items). */
    public record Reading(List<PackagedItem> items, List<FieldError> problems) {
    }

    /** The package's files by name: the manifest and {@code item-<code>.xml} per item, in item code order. */
    public SortedMap<String, byte[]> files(String unit, String title, List<Item> items) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Document manifest = QtiItems.newBuilder().newDocument();
        Element root = cp(manifest, manifest, "manifest");
        root.setAttribute("identifier", "item-bank-" + unit);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:imsmd", LOM_NAMESPACE);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:imsqti", QTI_METADATA_NAMESPACE);
        Element metadata = cp(manifest, root, "metadata");
        cp(manifest, metadata, "schema").setTextContent("QTI Item Bank");
        cp(manifest, metadata, "schemaversion").setTextContent("3.0.0");
        Element general = lom(manifest, lom(manifest, metadata, "lom"), "general");
        identifier(manifest, general, UNIT_CATALOG, unit);
        langString(manifest, lom(manifest, general, "title"), title);
        cp(manifest, root, "organizations");
        Element resources = cp(manifest, root, "resources");
        for (Item item : items.stream().sorted((a, b) -> a.getItemCode().compareTo(b.getItemCode())).toList()) {
            String file = QtiItems.IDENTIFIER_PREFIX + item.getItemCode() + ".xml";
            files.put(file, qti.export(item).getBytes(StandardCharsets.UTF_8));
            Element resource = cp(manifest, resources, "resource");
            resource.setAttribute("identifier", QtiItems.IDENTIFIER_PREFIX + item.getItemCode());
            resource.setAttribute("type", ITEM_TYPE);
            resource.setAttribute("href", file);
            itemMetadata(manifest, cp(manifest, resource, "metadata"), item);
            cp(manifest, resource, "file").setAttribute("href", file);
        }
        files.put(MANIFEST, QtiItems.serialise(manifest).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static void itemMetadata(Document doc, Element metadata, Item item) {
        ItemContent content = item.content();
        Element qtiMetadata = qmd(doc, metadata, "qtiMetadata");
        qmd(doc, qtiMetadata, "timeDependent").setTextContent("false");
        qmd(doc, qtiMetadata, "composite").setTextContent("false");
        qmd(doc, qtiMetadata, "interactionType").setTextContent("choiceInteraction");
        qmd(doc, qtiMetadata, "feedbackType").setTextContent("none");
        qmd(doc, qtiMetadata, "solutionAvailable").setTextContent("true");
        qmd(doc, qtiMetadata, "scoringMode").setTextContent("responseprocessing");
        qmd(doc, qtiMetadata, "toolName").setTextContent("test-engine-service");

        Element lom = lom(doc, metadata, "lom");
        identifier(doc, lom(doc, lom, "general"), ITEM_CODE_CATALOG, item.getItemCode());
        Element lifeCycle = lom(doc, lom, "lifeCycle");
        langString(doc, lom(doc, lifeCycle, "version"), String.valueOf(item.getVersion()));
        vocabulary(doc, lom(doc, lifeCycle, "status"), "LOMv1.0", LOM_STATUS.get(item.getStatus()));
        for (String enemy : content.enemies()) {
            Element relation = lom(doc, lom, "relation");
            vocabulary(doc, lom(doc, relation, "kind"), RELATION_VOCABULARY, "enemy");
            identifier(doc, lom(doc, relation, "resource"), ITEM_CODE_CATALOG, enemy);
        }
        if (item.getChangeNote() != null) {
            langString(doc, lom(doc, lom(doc, lom, "annotation"), "description"), item.getChangeNote());
        }
        Element classification = lom(doc, lom, "classification");
        vocabulary(doc, lom(doc, classification, "purpose"), "LOMv1.0", "educational objective");
        Element path = lom(doc, classification, "taxonPath");
        langString(doc, lom(doc, path, "source"), UNIT_SPECIFICATION);
        for (String taxon : List.of(content.unit(), content.learningOutcome(), content.assessmentCriterion())) {
            lom(doc, lom(doc, path, "taxon"), "id").setTextContent(taxon);
        }
    }

    public byte[] zip(SortedMap<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The files of a zip, read within the bounds; directory entries are left out.
     *
     * @throws ProblemException 400 {@code invalid-package} for anything but a zip of plain relative names within
     *         {@value #MAX_ENTRIES} entries, {@value #MAX_ENTRY_BYTES} bytes per file and {@value #MAX_TOTAL_BYTES} in all
     */
    public SortedMap<String, byte[]> unzip(byte[] zipped) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        int entries = 0;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (++entries > MAX_ENTRIES) {
                    throw invalidPackage("The package has more than " + MAX_ENTRIES + " entries");
                }
                if (!ENTRY_NAME.matcher(name).matches()) {
                    throw invalidPackage(
                            "Entry \"" + name + "\" is not a plain relative path (no /, .., \\ or drive at its start)");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = readBounded(zip, name);
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw invalidPackage("The package unpacks to more than " + MAX_TOTAL_BYTES + " bytes");
                }
                if (files.put(name, content) != null) {
                    throw invalidPackage("Entry \"" + name + "\" appears twice");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw invalidPackage("The body is not a readable zip: " + e.getMessage());
        }
        if (entries == 0) {
            throw invalidPackage("The body is not a zip, or an empty one");
        }
        return files;
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException {
        byte[] content = in.readNBytes(MAX_ENTRY_BYTES + 1);
        if (content.length > MAX_ENTRY_BYTES) {
            throw invalidPackage("Entry \"" + name + "\" unpacks to more than " + MAX_ENTRY_BYTES + " bytes");
        }
        return content;
    }

    /** Reads every item the manifest names, collecting every problem of every file. */
    public Reading read(SortedMap<String, byte[]> files) {
        List<FieldError> problems = new ArrayList<>();
        List<PackagedItem> items = new ArrayList<>();
        byte[] manifestBytes = files.get(MANIFEST);
        if (manifestBytes == null) {
            return new Reading(List.of(), List.of(new FieldError(MANIFEST, "the package has no imsmanifest.xml at its root")));
        }
        Element manifest;
        try {
            manifest = QtiItems.newBuilder().parse(new ByteArrayInputStream(manifestBytes)).getDocumentElement();
        } catch (Exception e) {
            return new Reading(List.of(),
                    List.of(new FieldError(MANIFEST, "not well-formed XML without a DOCTYPE: " + e.getMessage())));
        }
        if (!CP_NAMESPACE.equals(manifest.getNamespaceURI()) || !"manifest".equals(manifest.getLocalName())) {
            return new Reading(List.of(),
                    List.of(new FieldError(MANIFEST, "expected a manifest in namespace " + CP_NAMESPACE)));
        }
        Set<String> used = new HashSet<>(Set.of(MANIFEST));
        Set<String> codes = new HashSet<>();
        for (Element resource : all(manifest, CP_NAMESPACE, "resource")) {
            String name = "resource " + resource.getAttribute("identifier");
            List<Element> fileElements = all(resource, CP_NAMESPACE, "file");
            fileElements.forEach(f -> used.add(f.getAttribute("href")));
            used.add(resource.getAttribute("href"));
            if (!ITEM_TYPE.equals(resource.getAttribute("type"))) {
                problems.add(new FieldError(name, "resources of type " + resource.getAttribute("type")
                        + " are not supported: the bank holds items (" + ITEM_TYPE + ") only"));
                continue;
            }
            if (!all(resource, CP_NAMESPACE, "dependency").isEmpty()) {
                problems.add(new FieldError(name, "dependencies (shared stimuli, media) are not supported"));
            }
            String href = resource.getAttribute("href");
            for (Element file : fileElements) {
                if (!file.getAttribute("href").equals(href)) {
                    problems.add(new FieldError(name, "file " + file.getAttribute("href")
                            + " is not supported: images and media cannot be held by the bank"));
                }
            }
            byte[] xml = files.get(href);
            if (xml == null) {
                problems.add(new FieldError(name, "its file " + href + " is not in the package"));
                continue;
            }
            PackagedItem item = item(href, resource, new String(xml, StandardCharsets.UTF_8), problems);
            if (item != null && !codes.add(item.itemCode())) {
                problems.add(new FieldError(href, "item " + item.itemCode() + " appears twice in the package"));
            } else if (item != null) {
                items.add(item);
            }
        }
        for (String file : files.keySet()) {
            if (!used.contains(file) && !file.endsWith(".xsd")) {
                problems.add(new FieldError(file, "no item of the manifest names this file, so the bank could not hold it"));
            }
        }
        return problems.isEmpty() ? new Reading(List.copyOf(items), List.of()) : new Reading(List.of(), List.copyOf(problems));
    }

    private PackagedItem item(String file, Element resource, String xml, List<FieldError> problems) {
        QtiItems.Reading reading;
        try {
            reading = qti.read(xml);
        } catch (ProblemException e) {
            problems.add(new FieldError(file, e.detail()));
            return null;
        }
        reading.problems().forEach(problem -> problems.add(new FieldError(file, problem)));
        Element lom = first(resource, LOM_NAMESPACE, "lom");
        if (lom == null) {
            problems.add(
                    new FieldError(file, "the manifest gives no LOM metadata (unit, learning outcome, assessment criterion)"));
            return null;
        }
        List<String> taxons = taxons(lom);
        if (taxons.size() != 3) {
            problems.add(new FieldError(file, "the manifest gives no classification with taxon path " + UNIT_SPECIFICATION
                    + " of unit, learning outcome and assessment criterion"));
        }
        if (reading.item() == null || taxons.size() != 3) {
            return null;
        }
        String itemCode = lomIdentifier(first(lom, LOM_NAMESPACE, "general"));
        if (itemCode == null) {
            itemCode = reading.item().itemCode();
        }
        List<String> enemies = new ArrayList<>();
        for (Element relation : all(lom, LOM_NAMESPACE, "relation")) {
            Element kind = first(relation, LOM_NAMESPACE, "kind");
            if (kind != null && RELATION_VOCABULARY.equals(text(kind, "source")) && "enemy".equals(text(kind, "value"))) {
                enemies.add(lomIdentifier(first(relation, LOM_NAMESPACE, "resource")));
            }
        }
        Element annotation = first(lom, LOM_NAMESPACE, "annotation");
        String changeNote = annotation == null ? null : text(annotation, "string");
        try {
            QtiItems.QtiItem read = reading.item();
            ItemContent content = new ItemContent(taxons.get(0), taxons.get(1), taxons.get(2), read.stem(), read.options(),
                    read.key(), read.rationale(), enemies);
            // The item rules beyond its content: the code's LO part, no item its own enemy.
            new Item(itemCode, 1, ItemStatus.DRAFT, content, null, "import", changeNote);
            return new PackagedItem(file, itemCode, content, changeNote);
        } catch (InvalidItemException e) {
            problems.add(new FieldError(file, e.getMessage()));
            return null;
        }
    }

    /** The taxon ids of the unit-specification taxon path: unit, LO, AC. */
    private static List<String> taxons(Element lom) {
        for (Element path : all(lom, LOM_NAMESPACE, "taxonPath")) {
            Element source = first(path, LOM_NAMESPACE, "source");
            if (source != null && UNIT_SPECIFICATION.equals(text(source, "string"))) {
                return all(path, LOM_NAMESPACE, "taxon").stream().map(taxon -> text(taxon, "id")).toList();
            }
        }
        return List.of();
    }

    /** The entry of the identifier with this service's item code catalog under {@code parent}, if any. */
    private static String lomIdentifier(Element parent) {
        if (parent == null) {
            return null;
        }
        for (Element identifier : all(parent, LOM_NAMESPACE, "identifier")) {
            if (ITEM_CODE_CATALOG.equals(text(identifier, "catalog"))) {
                return text(identifier, "entry");
            }
        }
        return null;
    }

    private static String text(Element parent, String localName) {
        Element found = first(parent, LOM_NAMESPACE, localName);
        return found == null ? null : found.getTextContent().strip();
    }

    private static Element first(Element parent, String namespace, String localName) {
        List<Element> found = all(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> all(Element parent, String namespace, String localName) {
        var nodes = parent.getElementsByTagNameNS(namespace, localName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static void identifier(Document doc, Element parent, String catalog, String entry) {
        Element identifier = lom(doc, parent, "identifier");
        lom(doc, identifier, "catalog").setTextContent(catalog);
        lom(doc, identifier, "entry").setTextContent(entry);
    }

    private static void vocabulary(Document doc, Element parent, String source, String value) {
        lom(doc, parent, "source").setTextContent(source);
        lom(doc, parent, "value").setTextContent(value);
    }

    private static void langString(Document doc, Element parent, String text) {
        Element string = lom(doc, parent, "string");
        string.setAttribute("language", "en-GB");
        string.setTextContent(text);
    }

    private static Element cp(Document doc, Node parent, String name) {
        return append(doc, parent, CP_NAMESPACE, name);
    }

    private static Element lom(Document doc, Node parent, String name) {
        return append(doc, parent, LOM_NAMESPACE, "imsmd:" + name);
    }

    private static Element qmd(Document doc, Node parent, String name) {
        return append(doc, parent, QTI_METADATA_NAMESPACE, "imsqti:" + name);
    }

    private static Element append(Document doc, Node parent, String namespace, String name) {
        Element element = doc.createElementNS(namespace, name);
        parent.appendChild(element);
        return element;
    }

    private static ProblemException invalidPackage(String detail) {
        return ProblemException.badRequest("invalid-package", "Invalid content package", detail);
    }
}
