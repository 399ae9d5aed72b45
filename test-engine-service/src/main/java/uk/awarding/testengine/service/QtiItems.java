package uk.awarding.testengine.service;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import jakarta.enterprise.context.ApplicationScoped;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;

/**
 * Items as IMS QTI 3.0 {@code qti-assessment-item} documents with one single-choice {@code qti-choice-interaction}:
 * the stem is the {@code qti-prompt}, the key the correct response, scored by the standard {@code match_correct}
 * template. The rationale is a {@code qti-rubric-block view="author scorer"}: QTI shows a rubric block only to the
 * views it names, so it reaches item authors and scorers and never a candidate (a {@code qti-modal-feedback} is
 * candidate feedback by definition). The curriculum tags (unit, LO, AC), enemies, status, version and change note are
 * not part of an item document: they are package metadata ({@link QtiContentPackage}).
 * <p>
 * Reading accepts common valid QTI beyond what {@link #export} writes (the stem as a plain {@code <p>} before the
 * interaction, any choice identifiers, mapped to A-D in document order, no feedback at all) and names everything the
 * bank cannot hold instead of dropping it: an item is four plain-text options, one key, a plain-text stem and a
 * rationale, nothing more.
 */
@ApplicationScoped
public class QtiItems {

    public static final String NAMESPACE = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String MATCH_CORRECT = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";
    static final String IDENTIFIER_PREFIX = "item-";
    /** Who sees the rationale: QTI 3.0 views; "candidate" is deliberately absent. */
    static final String RATIONALE_VIEW = "author scorer";
    /** Root children the bank regenerates on export, so reading them loses nothing. */
    private static final Set<String> ROOT_CHILDREN = Set.of("qti-response-declaration", "qti-outcome-declaration",
            "qti-item-body", "qti-response-processing");

    /** What an item document says; the curriculum tags come from the package manifest or the stored item. */
    public record QtiItem(String itemCode, String stem, List<String> options, String key, String rationale) {
    }

    /**
     * An item document as read: the item, or null with every reason the bank cannot hold it (each naming the QTI
     * construct), never a partial item.
     */
    public record Reading(QtiItem item, List<String> problems) {
    }

    public String export(Item item) {
        return serialise(document(item));
    }

    Document document(Item item) {
        ItemContent content = item.content();
        Document doc = newBuilder().newDocument();
        Element root = element(doc, doc, "qti-assessment-item");
        root.setAttribute("identifier", IDENTIFIER_PREFIX + item.getItemCode());
        root.setAttribute("title", item.getItemCode() + " v" + item.getVersion());
        root.setAttribute("adaptive", "false");
        root.setAttribute("time-dependent", "false");
        root.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en-GB");

        Element response = element(doc, root, "qti-response-declaration");
        response.setAttribute("identifier", "RESPONSE");
        response.setAttribute("cardinality", "single");
        response.setAttribute("base-type", "identifier");
        element(doc, element(doc, response, "qti-correct-response"), "qti-value").setTextContent(content.key());
        Element score = element(doc, root, "qti-outcome-declaration");
        score.setAttribute("identifier", "SCORE");
        score.setAttribute("cardinality", "single");
        score.setAttribute("base-type", "float");

        Element body = element(doc, root, "qti-item-body");
        Element rationale = element(doc, body, "qti-rubric-block");
        rationale.setAttribute("use", "scoring");
        rationale.setAttribute("view", RATIONALE_VIEW);
        element(doc, element(doc, rationale, "qti-content-body"), "p").setTextContent(content.rationale());
        Element interaction = element(doc, body, "qti-choice-interaction");
        interaction.setAttribute("response-identifier", "RESPONSE");
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute("max-choices", "1");
        element(doc, interaction, "qti-prompt").setTextContent(content.stem());
        for (String id : ItemContent.OPTION_IDS) {
            Element choice = element(doc, interaction, "qti-simple-choice");
            choice.setAttribute("identifier", id);
            choice.setTextContent(content.option(id));
        }
        element(doc, root, "qti-response-processing").setAttribute("template", MATCH_CORRECT);
        return doc;
    }

    /**
     * Reads an item document. The item code is the identifier without its {@code item-} prefix (a package's
     * manifest may name it instead).
     *
     * @throws ProblemException 400 {@code invalid-qti} when the document is not well-formed XML without a DOCTYPE or
     *         its root is not a QTI 3.0 {@code qti-assessment-item}
     */
    public Reading read(String xml) {
        Document doc;
        try {
            doc = newBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw invalid("The body is not well-formed XML without a DOCTYPE: " + e.getMessage());
        }
        return read(doc.getDocumentElement());
    }

    private Reading read(Element root) {
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"qti-assessment-item".equals(root.getLocalName())) {
            throw invalid("Expected a qti-assessment-item in namespace " + NAMESPACE);
        }
        List<String> problems = new ArrayList<>();
        for (Element child : children(root)) {
            if (!NAMESPACE.equals(child.getNamespaceURI()) || !ROOT_CHILDREN.contains(child.getLocalName())) {
                problems.add(describe(child) + " is not supported"
                        + ("qti-modal-feedback".equals(child.getLocalName())
                                ? ": it is feedback shown to candidates; give the rationale as a qti-rubric-block view=\""
                                        + RATIONALE_VIEW + "\""
                                : ""));
            }
        }
        String rationale = rationale(root, problems);
        Element interaction = interaction(root, problems);
        String stem = interaction == null ? null : stem(root, interaction, problems);
        List<String> ids = new ArrayList<>();
        List<String> options = new ArrayList<>();
        if (interaction != null) {
            choices(interaction, ids, options, problems);
        }
        String key = interaction == null ? null : key(root, interaction, ids, problems);
        responseProcessing(root, problems);
        if (!problems.isEmpty()) {
            return new Reading(null, List.copyOf(problems));
        }
        String identifier = root.getAttribute("identifier");
        String itemCode = identifier.startsWith(IDENTIFIER_PREFIX) ? identifier.substring(IDENTIFIER_PREFIX.length())
                : identifier;
        return new Reading(new QtiItem(itemCode, stem, options, key, rationale), List.of());
    }

    /** The one rubric block for authors and scorers; a rubric a candidate would see has no place in the bank. */
    private static String rationale(Element root, List<String> problems) {
        List<Element> offered = new ArrayList<>();
        for (Element rubric : descendants(root, "qti-rubric-block")) {
            List<String> views = List.of(rubric.getAttribute("view").trim().split("\\s+"));
            if (views.contains("candidate") || !(views.contains("author") || views.contains("scorer"))) {
                problems.add("qti-rubric-block view=\"" + rubric.getAttribute("view")
                        + "\" is not supported: the bank keeps only a rationale for authors and scorers");
            } else {
                offered.add(rubric);
            }
        }
        if (offered.size() != 1) {
            problems.add(offered.isEmpty() ? "no rationale: the bank needs a qti-rubric-block view=\"" + RATIONALE_VIEW + "\""
                    : offered.size() + " rationale rubric blocks; the bank keeps exactly one");
            return null;
        }
        List<Element> bodies = children(offered.get(0));
        if (bodies.size() != 1 || !"qti-content-body".equals(bodies.get(0).getLocalName())) {
            problems.add("the rationale's qti-rubric-block must hold exactly one qti-content-body");
            return null;
        }
        return plainText(bodies.get(0), "the rationale", problems);
    }

    /** The item's only interaction, which must be a single-choice qti-choice-interaction. */
    private static Element interaction(Element root, List<String> problems) {
        List<Element> interactions = new ArrayList<>();
        for (Element element : descendants(root, null)) {
            if (element.getLocalName().endsWith("-interaction")) {
                interactions.add(element);
            }
        }
        if (interactions.size() != 1) {
            problems.add(interactions.isEmpty() ? "no interaction: the bank needs one qti-choice-interaction"
                    : interactions.size() + " interactions ("
                            + String.join(", ", interactions.stream().map(Element::getLocalName).toList())
                            + "); the bank holds items with exactly one");
            return null;
        }
        Element interaction = interactions.get(0);
        if (!"qti-choice-interaction".equals(interaction.getLocalName())) {
            problems.add(interaction.getLocalName()
                    + " is not supported: the bank holds single-choice qti-choice-interaction items");
            return null;
        }
        if (!interaction.getAttribute("max-choices").isEmpty() && !"1".equals(interaction.getAttribute("max-choices"))) {
            problems.add("a multiple-response interaction (max-choices=\"" + interaction.getAttribute("max-choices")
                    + "\") is not supported: the bank holds single-choice items");
        }
        if (!interaction.getAttribute("min-choices").isEmpty()
                && !Set.of("0", "1").contains(interaction.getAttribute("min-choices"))) {
            problems.add("min-choices=\"" + interaction.getAttribute("min-choices") + "\" is not supported");
        }
        if ("false".equals(interaction.getAttribute("shuffle"))) {
            problems.add("shuffle=\"false\" is not supported: the engine shuffles the options of every item per sitting");
        }
        return interaction;
    }

    /**
     * The stem: the interaction's qti-prompt, or else one plain {@code <p>} before the interaction in the item body.
     * Anything else in the body beside rationale rubric blocks would be lost, so it is named.
     */
    private static String stem(Element root, Element interaction, List<String> problems) {
        Element body = (Element) interaction.getParentNode();
        if (!"qti-item-body".equals(body.getLocalName())) {
            problems.add(
                    "the qti-choice-interaction is inside " + describe(body) + "; the bank holds it directly in qti-item-body");
            return null;
        }
        List<Element> prompts = children(interaction).stream().filter(e -> "qti-prompt".equals(e.getLocalName())).toList();
        List<Element> paragraphs = new ArrayList<>();
        for (Element child : children(body)) {
            if ("p".equals(child.getLocalName()) && NAMESPACE.equals(child.getNamespaceURI())) {
                paragraphs.add(child);
            } else if (child != interaction && !"qti-rubric-block".equals(child.getLocalName())) {
                problems.add(describe(child) + " in the item body is not supported: the bank holds a plain-text stem only");
            }
        }
        textOutsideElements(body, "the item body", problems);
        if (prompts.size() + paragraphs.size() != 1) {
            problems.add(prompts.size() + paragraphs.size() == 0
                    ? "no stem: give it as the qti-prompt or one <p> before the interaction"
                    : "the stem is given " + (prompts.size() + paragraphs.size())
                            + " times (qti-prompt and <p> in the body); the bank holds one plain-text stem");
            return null;
        }
        return plainText(prompts.isEmpty() ? paragraphs.get(0) : prompts.get(0), "the stem", problems);
    }

    /** Exactly four plain-text simple choices, in document order. */
    private static void choices(Element interaction, List<String> ids, List<String> options, List<String> problems) {
        for (Element child : children(interaction)) {
            if ("qti-simple-choice".equals(child.getLocalName())) {
                ids.add(child.getAttribute("identifier"));
                options.add(plainText(child, "choice " + child.getAttribute("identifier"), problems));
                if ("true".equals(child.getAttribute("fixed"))) {
                    problems.add("choice " + child.getAttribute("identifier")
                            + " is fixed in place; the engine shuffles every option");
                }
            } else if (!"qti-prompt".equals(child.getLocalName())) {
                problems.add(describe(child) + " in the qti-choice-interaction is not supported");
            }
        }
        if (ids.size() != ItemContent.OPTION_IDS.size()) {
            problems.add(ids.size() + " choices: the bank holds exactly four");
        }
    }

    /** The single correct choice, mapped to A-D by its position among the choices. */
    private static String key(Element root, Element interaction, List<String> ids, List<String> problems) {
        List<Element> declarations = children(root).stream()
                .filter(e -> "qti-response-declaration".equals(e.getLocalName())).toList();
        if (declarations.size() != 1) {
            problems.add(declarations.size() + " response declarations; the bank holds items with exactly one");
            return null;
        }
        Element declaration = declarations.get(0);
        if (!declaration.getAttribute("identifier").equals(interaction.getAttribute("response-identifier"))) {
            problems.add("the interaction's response-identifier does not name the response declaration");
        }
        if (!"single".equals(declaration.getAttribute("cardinality"))) {
            problems.add("a response of cardinality \"" + declaration.getAttribute("cardinality")
                    + "\" is not supported: the bank holds single-choice items");
        }
        List<String> values = new ArrayList<>();
        for (Element child : children(declaration)) {
            if ("qti-correct-response".equals(child.getLocalName())) {
                children(child).forEach(value -> values.add(value.getTextContent().strip()));
            } else {
                problems.add(describe(child)
                        + " in the response declaration is not supported (the bank scores one mark for the key)");
            }
        }
        if (values.size() != 1) {
            problems.add(values.size() + " correct responses: the bank needs exactly one key");
            return null;
        }
        int position = ids.indexOf(values.get(0));
        if (position < 0) {
            problems.add("the correct response " + values.get(0) + " is not one of the choices");
            return null;
        }
        return position < ItemContent.OPTION_IDS.size() ? ItemContent.OPTION_IDS.get(position) : null;
    }

    /** Scoring is always match_correct; custom rules or another template would score differently. */
    private static void responseProcessing(Element root, List<String> problems) {
        List<Element> processing = children(root).stream()
                .filter(e -> "qti-response-processing".equals(e.getLocalName())).toList();
        if (processing.size() != 1) {
            problems.add("no qti-response-processing: the bank scores by the match_correct template");
            return;
        }
        String template = processing.get(0).getAttribute("template");
        String name = template.substring(template.lastIndexOf('/') + 1).replaceFirst("\\.xml$", "");
        if (!children(processing.get(0)).isEmpty() || !"match_correct".equals(name)) {
            problems.add("response processing other than the match_correct template ("
                    + (template.isEmpty() ? "custom rules" : template) + ") is not supported");
        }
    }

    /** The element's text when it holds nothing but text (a single {@code <p>} of text also counts), else null. */
    private static String plainText(Element element, String what, List<String> problems) {
        List<Element> children = children(element);
        if (children.size() == 1 && "p".equals(children.get(0).getLocalName())) {
            textOutsideElements(element, what, problems);
            return plainText(children.get(0), what, problems);
        }
        if (!children.isEmpty()) {
            problems.add(what + " holds " + describe(children.get(0))
                    + ": markup, images and media are not supported, only plain text");
            return null;
        }
        return element.getTextContent().strip();
    }

    private static void textOutsideElements(Element element, String what, List<String> problems) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && !node.getTextContent().isBlank()) {
                problems.add(what + " holds text outside its elements (\"" + node.getTextContent().strip() + "\")");
                return;
            }
        }
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    /** Every element below {@code parent} with this local name (any name when null), in document order. */
    private static List<Element> descendants(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element child : children(parent)) {
            if (localName == null || localName.equals(child.getLocalName())) {
                found.add(child);
            }
            found.addAll(descendants(child, localName));
        }
        return found;
    }

    private static String describe(Element element) {
        return "<" + element.getLocalName() + ">";
    }

    private static Element element(Document doc, Node parent, String name) {
        Element element = doc.createElementNS(NAMESPACE, name);
        parent.appendChild(element);
        return element;
    }

    /** A parser that refuses DOCTYPEs, so no external entity or entity expansion attack reaches it. */
    static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Parse errors reach the caller as exceptions only, not also as lines on standard error.
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String serialise(Document doc) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException invalid(String detail) {
        return ProblemException.badRequest("invalid-qti", "Invalid QTI item", detail);
    }
}
