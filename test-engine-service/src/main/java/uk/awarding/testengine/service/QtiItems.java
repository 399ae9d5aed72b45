package uk.awarding.testengine.service;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

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
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.testengine.domain.Item;
import uk.awarding.testengine.domain.ItemContent;
import uk.awarding.testengine.domain.ItemStatus;

/**
 * Items as IMS QTI 3.0 {@code qti-assessment-item} documents with one single-choice {@code qti-choice-interaction}:
 * the key is the correct response, the rationale a modal feedback shown to reviewers, and the unit, learning
 * outcome and assessment criterion travel as {@code data-*} attributes of the item body (QTI 3.0 allows data
 * attributes on body elements; it has no standard place for curriculum tags outside a content package manifest).
 */
@ApplicationScoped
public class QtiItems {

    public static final String NAMESPACE = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    private static final String MATCH_CORRECT = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";
    private static final String IDENTIFIER_PREFIX = "item-";

    /** An item read from QTI; imported items start as DRAFT so staff review them before they go live. */
    public record Imported(String itemCode, ItemContent content) {
        public ItemStatus status() {
            return ItemStatus.DRAFT;
        }
    }

    public String export(Item item) {
        ItemContent content = item.content();
        Document doc = newBuilder().newDocument();
        Element root = element(doc, doc, "qti-assessment-item");
        root.setAttribute("identifier", IDENTIFIER_PREFIX + item.getItemCode());
        root.setAttribute("title", item.getItemCode() + " v" + item.getVersion());
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
        Element feedback = element(doc, root, "qti-outcome-declaration");
        feedback.setAttribute("identifier", "FEEDBACK");
        feedback.setAttribute("cardinality", "single");
        feedback.setAttribute("base-type", "identifier");

        Element body = element(doc, root, "qti-item-body");
        body.setAttribute("data-unit", content.unit());
        body.setAttribute("data-learning-outcome", content.learningOutcome());
        body.setAttribute("data-assessment-criterion", content.assessmentCriterion());
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
        Element rationale = element(doc, root, "qti-modal-feedback");
        rationale.setAttribute("outcome-identifier", "FEEDBACK");
        rationale.setAttribute("identifier", "RATIONALE");
        rationale.setAttribute("show-hide", "show");
        rationale.setAttribute("title", "Rationale");
        element(doc, rationale, "qti-content-body").setTextContent(content.rationale());
        return serialise(doc);
    }

    /** @throws ProblemException 400 {@code invalid-qti} when the document is not a single-choice QTI 3.0 item */
    public Imported parse(String xml) {
        Document doc;
        try {
            doc = newBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw invalid("The body is not well-formed XML without a DOCTYPE: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"qti-assessment-item".equals(root.getLocalName())) {
            throw invalid("Expected a qti-assessment-item in namespace " + NAMESPACE);
        }
        String identifier = root.getAttribute("identifier");
        if (!identifier.startsWith(IDENTIFIER_PREFIX)) {
            throw invalid("The item identifier must be item-<item code>, e.g. item-210-1-001");
        }
        Element body = single(root, "qti-item-body");
        Element interaction = single(body, "qti-choice-interaction");
        if (!"1".equals(interaction.getAttribute("max-choices"))) {
            throw invalid("Only single-choice interactions (max-choices=\"1\") are supported");
        }
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        NodeList choices = interaction.getElementsByTagNameNS(NAMESPACE, "qti-simple-choice");
        for (int i = 0; i < choices.getLength(); i++) {
            Element choice = (Element) choices.item(i);
            ids.add(choice.getAttribute("identifier"));
            texts.add(choice.getTextContent().strip());
        }
        if (!ItemContent.OPTION_IDS.equals(ids)) {
            throw invalid("Expected four qti-simple-choice elements with identifiers A, B, C, D in that order");
        }
        Element correct = single(single(root, "qti-response-declaration"), "qti-correct-response");
        Element rationale = single(single(root, "qti-modal-feedback"), "qti-content-body");
        return new Imported(identifier.substring(IDENTIFIER_PREFIX.length()), new ItemContent(
                body.getAttribute("data-unit"), body.getAttribute("data-learning-outcome"),
                body.getAttribute("data-assessment-criterion"), single(interaction, "qti-prompt").getTextContent().strip(),
                texts, single(correct, "qti-value").getTextContent().strip(), rationale.getTextContent().strip()));
    }

    private static Element single(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(NAMESPACE, name);
        if (found.getLength() != 1) {
            throw invalid("Expected exactly one " + name + " in " + parent.getLocalName());
        }
        return (Element) found.item(0);
    }

    private static Element element(Document doc, org.w3c.dom.Node parent, String name) {
        Element element = doc.createElementNS(NAMESPACE, name);
        parent.appendChild(element);
        return element;
    }

    /** A parser that refuses DOCTYPEs, so no external entity or entity expansion attack reaches it. */
    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialise(Document doc) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
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
