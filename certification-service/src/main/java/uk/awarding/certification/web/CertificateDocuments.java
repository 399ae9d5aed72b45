package uk.awarding.certification.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.awarding.certification.config.CertificationConfig;
import uk.awarding.certification.service.CertificateView;
import uk.awarding.certification.service.Verifications.Verification;

/**
 * The certificate as a page and as a PDF, both from one Qute template (well-formed XHTML, which is what
 * openhtmltopdf reads), so the printed and the on-screen certificate cannot differ. Also the public verification
 * pages. Pages carry no inline script or style (their stylesheets are files of this service, {@code META-INF/resources}),
 * so they work under a Content-Security-Policy that allows only the service's own resources; the PDF, which no
 * browser renders, has its stylesheet inlined. Every address a page links to comes from the configured public URLs.
 */
@ApplicationScoped
public class CertificateDocuments {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance certificate(CertificateView certificate, String css, String stylesheet,
                String verifyUrl);

        static native TemplateInstance verification(String number, String familyName, String verdict,
                CertificateView certificate, String verifyUrl, String stylesheet);

        static native TemplateInstance verificationStart(boolean malformed, String verifyUrl, String stylesheet);
    }

    /** The family certificate.css names for the PDF; DejaVu Serif (fonts/, Bitstream Vera licence) provides it. */
    static final String FONT_FAMILY = "Certificate Serif";

    private final String baseUrl;
    private final String verifyUrl;
    private final String certificateCss;

    CertificateDocuments(CertificationConfig config) {
        this.baseUrl = config.publicBaseUrl();
        this.verifyUrl = config.publicVerifyUrl();
        this.certificateCss = resource("META-INF/resources/certificate.css");
    }

    public String html(CertificateView certificate) {
        return Templates.certificate(certificate, null, baseUrl + "/certificate.css", verifyUrl).render();
    }

    public byte[] pdf(CertificateView certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // The PDF base fonts cover Latin-1 only ("Ŵ", "Ł" and "ę" came out as "#"): a font that covers Latin
            // Extended is embedded, subset to the glyphs used.
            builder.useFont(() -> font("DejaVuSerif.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSerif-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(Templates.certificate(certificate, certificateCss, null, verifyUrl).render(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + certificate.number() + " as PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * The page of one well-formed certificate number. {@code verification} is null when the visitor has not yet given
     * a family name.
     */
    public String verificationPage(String number, String familyName, Verification verification) {
        String stylesheet = baseUrl + "/verification.css";
        if (verification == null) {
            return Templates.verification(number, familyName, null, null, verifyUrl, stylesheet).render();
        }
        return Templates.verification(number, familyName, verification.verdict().name().toLowerCase(Locale.ROOT),
                verification.certificate().orElse(null), verifyUrl, stylesheet).render();
    }

    /** The form that asks for a number and a family name; {@code malformed} when the number typed was not one. */
    public String verificationStart(boolean malformed) {
        return Templates.verificationStart(malformed, verifyUrl, baseUrl + "/verification.css").render();
    }

    private static InputStream font(String file) {
        return CertificateDocuments.class.getClassLoader().getResourceAsStream("fonts/" + file);
    }

    private static String resource(String path) {
        try (InputStream in = CertificateDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
