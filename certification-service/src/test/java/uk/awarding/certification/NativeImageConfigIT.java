package uk.awarding.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.Problem;
import uk.awarding.platform.testing.NativeImageConfig;

/** What the native image needs beyond what Quarkus finds by itself; checked after the native-sources build. */
class NativeImageConfigIT {

    private final NativeImageConfig nativeImage = NativeImageConfig.ofThisModule();

    @Test
    void registersWhatJacksonWritesOutsideJaxRs() {
        assertEquals(List.of(), nativeImage.unregisteredForJackson(Problem.class, FieldError.class));
    }

    /** openhtmltopdf and PDFBox use java.awt, whose native code calls back into it: quarkus-awt's metadata. */
    @Test
    void letsAwtsNativeCodeReachItsClasses() {
        for (String awt : List.of("java.awt.Color", "java.awt.geom.AffineTransform", "java.awt.geom.GeneralPath")) {
            assertTrue(nativeImage.jniRegistered(awt), awt);
        }
    }

    /**
     * The certificate PDF: openhtmltopdf's default style sheet and entity catalogue; PDFBox's metrics of the standard
     * fonts the template names (Helvetica, Courier; Times is openhtmltopdf's default), its glyph list, and the font it
     * falls back to for glyph outlines when the system has none of its own.
     */
    @Test
    void holdsWhatThePdfRendererReadsFromTheClassPath() {
        List<String> needed = List.of("resources/css/XhtmlNamespaceHandler.css",
                "resources/schema/openhtmltopdf/catalog-special.xml",
                "resources/schema/openhtmltopdf/char-entities-xhtml-only.ent",
                "org/apache/pdfbox/resources/afm/Helvetica.afm", "org/apache/pdfbox/resources/afm/Helvetica-Bold.afm",
                "org/apache/pdfbox/resources/afm/Courier.afm", "org/apache/pdfbox/resources/afm/Times-Roman.afm",
                "org/apache/pdfbox/resources/afm/Symbol.afm", "org/apache/pdfbox/resources/afm/ZapfDingbats.afm",
                "org/apache/pdfbox/resources/glyphlist/glyphlist.txt",
                "org/apache/pdfbox/resources/glyphlist/zapfdingbats.txt",
                "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
        assertEquals(List.of(), needed.stream().filter(name -> !nativeImage.includesResource(name)).toList());
    }
}
