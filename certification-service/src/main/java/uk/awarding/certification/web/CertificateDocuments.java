package uk.awarding.certification.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.awarding.certification.service.CertificateView;
import uk.awarding.certification.service.Verifications.Verification;

/**
 * The certificate as a page and as a PDF, both from one Qute template (well-formed XHTML, which is what
 * openhtmltopdf reads), so the printed and the on-screen certificate cannot differ. Also the public verification page.
 */
@ApplicationScoped
public class CertificateDocuments {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance certificate(CertificateView certificate);

        static native TemplateInstance verification(String number, String familyName, String verdict,
                CertificateView certificate);
    }

    public String html(CertificateView certificate) {
        return Templates.certificate(certificate).render();
    }

    public byte[] pdf(CertificateView certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(certificate), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + certificate.number() + " as PDF", e);
        }
        return out.toByteArray();
    }

    /** {@code verification} is null when the visitor has not yet given a family name. */
    public String verificationPage(String number, String familyName, Verification verification) {
        if (verification == null) {
            return Templates.verification(number, familyName, null, null).render();
        }
        return Templates.verification(number, familyName, verification.verdict().name().toLowerCase(Locale.ROOT),
                verification.certificate().orElse(null)).render();
    }
}
