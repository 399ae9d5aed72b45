package uk.awarding.certification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.ServiceHealthTest;
import uk.awarding.platform.testing.TestTokens;

/**
 * The packaged service (the jar here, the native executable with {@code -Dnative}) against a real MariaDB, real tokens
 * and its peers' stubs: ready with its database; a claim issues a certificate, which it renders as a PDF (openhtmltopdf
 * and PDFBox, the path that needs AWT and the fonts' metrics in an executable).
 */
@QuarkusIntegrationTest
class CertificationServiceIT extends ServiceHealthTest {

    CertificationServiceIT() {
        super("certification-service");
    }

    @Test
    void issuesACertificateAndRendersItAsAPdf() throws IOException {
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        byte[] pdf = given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).accept("application/pdf")
                .get("/api/certificates/" + number).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Amara Okafor"), text);
            assertTrue(text.contains(number), text);
            assertTrue(text.contains("City & Guilds Level 2 Diploma for Customer Service Practitioners"), text);
        }
    }
}
