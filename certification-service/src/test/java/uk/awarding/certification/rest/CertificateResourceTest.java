package uk.awarding.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.awarding.certification.Fixtures;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.TestTokens;

@QuarkusTest
class CertificateResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Response getAs(String token, String accept, String path) {
        return given().auth().oauth2(token).accept(accept).get(path);
    }

    @Test
    void theOwnerCentreAndStaffReadACertificateOtherCentresAndLearnersCannot() {
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        getAs(TestTokens.centre(Fixtures.CENTRE), "application/json", "/api/certificates/" + number)
                .then().statusCode(200).body("number", equalTo(number)).body("type", equalTo("FULL"));
        getAs(TestTokens.staff(), "application/json", "/api/certificates/" + number).then().statusCode(200);
        getAs(TestTokens.centre(Fixtures.OTHER_CENTRE), "application/json", "/api/certificates/" + number)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:certificate-not-found"));
        getAs(TestTokens.candidate(Fixtures.newUln()), "application/json", "/api/certificates/" + number)
                .then().statusCode(404).contentType(PROBLEM);
        given().accept("application/json").get("/api/certificates/" + number).then().statusCode(401);
    }

    @Test
    void anUnknownOrMalformedNumberIsNotFound() {
        getAs(TestTokens.staff(), "application/json", "/api/certificates/AAAAAAAAAAAAA").then().statusCode(404)
                .contentType(PROBLEM);
        getAs(TestTokens.staff(), "application/json", "/api/certificates/%27%3B--").then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void showsTheCertificateAsAnHtmlPage() {
        String number = Fixtures.certified(SeedQualification.PROQUAL_L3_CS);
        getAs(TestTokens.centre(Fixtures.CENTRE), "text/html", "/api/certificates/" + number)
                .then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Amara Okafor"))
                .body(containsString("ProQual Level 3 Diploma in Customer Service"))
                .body(containsString("601/3577/3"))
                .body(containsString("9276308686"))
                .body(containsString(number))
                .body(containsString("Credits achieved"))
                .body(not(containsString("REPLACEMENT")));
    }

    @Test
    void rendersThePdfWithTheLearnerAndNumber() throws IOException {
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        byte[] byAccept = getAs(TestTokens.centre(Fixtures.CENTRE), "application/pdf", "/api/certificates/" + number)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        byte[] byPath = getAs(TestTokens.staff(), "application/pdf", "/api/certificates/" + number + "/pdf")
                .then().statusCode(200).extract().asByteArray();
        for (byte[] pdf : new byte[][] { byAccept, byPath }) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertTrue(text.contains("Amara Okafor"), text);
                assertTrue(text.contains(number), text);
                assertTrue(text.contains("City & Guilds Level 2 Diploma for Customer Service Practitioners"), text);
                assertTrue(text.contains("603/2394/2"), text);
            }
        }
    }

    @Test
    void thePdfPrintsWelshAndPolishNamesAndTheVerificationAddress() throws IOException {
        String number = Fixtures.certified(SeedQualification.CG_2794_02, "Siân Ŵyn", "Dŵr-Łęcki");
        byte[] pdf = getAs(TestTokens.centre(Fixtures.CENTRE), "application/pdf", "/api/certificates/" + number + "/pdf")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Siân Ŵyn Dŵr-Łęcki"), text);
            assertTrue(text.contains("http://localhost:8080/verify/" + number), text);
        }
        given().accept("application/json").header("X-Forwarded-For", "198.51.100.240").queryParam("familyName", "Dwr Lecki")
                .get("/verify/" + number).then().statusCode(200).body("status", equalTo("valid"));
    }

    @Test
    void aReplacementIsANewNumberMarkedAndLinkedAndTheOriginalStaysValid() throws IOException {
        String original = Fixtures.certified(SeedQualification.SFJ_L2_CS);
        String replacement = given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Lost in the post"))
                .post("/api/certificates/" + original + "/replacement")
                .then().statusCode(201)
                .header("Location", containsString("/api/certificates/"))
                .body("replacement", equalTo(true))
                .body("replacementOf", equalTo(original))
                .body("type", equalTo("FULL"))
                .body("learner.familyName", equalTo("Okafor"))
                .extract().path("number");
        assertNotEquals(original, replacement);

        getAs(TestTokens.centre(Fixtures.CENTRE), "application/json", "/api/certificates/" + original)
                .then().body("status", equalTo("VALID"));
        byte[] pdf = getAs(TestTokens.centre(Fixtures.CENTRE), "application/pdf", "/api/certificates/" + replacement)
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("REPLACEMENT"), text);
            assertTrue(text.contains(original), text);
        }

        // a replacement of the replacement still links to the original
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(Map.of("reason", "Damaged"))
                .post("/api/certificates/" + replacement + "/replacement")
                .then().statusCode(201).body("replacementOf", equalTo(original));

        given().auth().oauth2(TestTokens.staff()).queryParam("subject", original).get("/api/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItems("certificate-issued", "certificate-replaced"))
                .body("items.detail", hasItem(containsString("Lost in the post")));
    }

    @Test
    void anotherCentreCannotOrderAReplacementAndAReasonIsRequired() {
        String number = Fixtures.certified(SeedQualification.NCFE_L2_CSP);
        given().auth().oauth2(TestTokens.centre(Fixtures.OTHER_CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Lost")).post("/api/certificates/" + number + "/replacement")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("reason", " ")).post("/api/certificates/" + number + "/replacement")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("reason"));
    }

    @Test
    void onlyStaffRevokeAndRevocationCoversTheReplacements() {
        String original = Fixtures.certified(SeedQualification.EDI_L2_NVQ_CS);
        String replacement = given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Lost")).post("/api/certificates/" + original + "/replacement")
                .then().statusCode(201).extract().path("number");

        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Malpractice")).post("/api/certificates/" + original + "/revocation")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Malpractice at the centre")).post("/api/certificates/" + original + "/revocation")
                .then().statusCode(200).body("status", equalTo("REVOKED"));

        getAs(TestTokens.centre(Fixtures.CENTRE), "application/json", "/api/certificates/" + replacement)
                .then().body("status", equalTo("REVOKED"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/certificates/" + replacement + "/revocation")
                .then().statusCode(409).body("type", equalTo("urn:awarding:problem:certificate-revoked"));
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Lost")).post("/api/certificates/" + original + "/replacement")
                .then().statusCode(409).body("type", equalTo("urn:awarding:problem:certificate-revoked"));
        given().auth().oauth2(TestTokens.staff()).queryParam("subject", replacement).get("/api/audit-events")
                .then().body("items.action", hasItem("certificate-revoked"))
                .body("items.detail", hasItem("Malpractice at the centre"));
    }

    @Test
    void theAuditLogIsForStaffOnly() {
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).get("/api/audit-events").then().statusCode(403);
        given().auth().oauth2(TestTokens.staff()).queryParam("size", 0).get("/api/audit-events")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.staff()).queryParam("size", 2).get("/api/audit-events")
                .then().statusCode(200).body("size", equalTo(2)).body("page", equalTo(0));
    }

    @Test
    void theUnitsOnACertificateAreMarkedUsed() {
        SeedQualification ncfe = SeedQualification.NCFE_L2_CSP;
        String registrationId = Fixtures.registration(ncfe);
        Fixtures.passAll(registrationId, ncfe.achievingUnits);
        Fixtures.claim(registrationId, false).then().statusCode(201);
        var used = given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE))
                .get("/api/registrations/" + registrationId + "/unit-results")
                .then().statusCode(200).extract().jsonPath().getList("items.usedOnCertificate", Boolean.class);
        assertEquals(6, used.size());
        assertTrue(used.stream().allMatch(Boolean::booleanValue));
    }
}
