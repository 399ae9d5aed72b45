package uk.awarding.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.SignedJWT;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import uk.awarding.certification.Fixtures;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.TestTokens;

/** A learner reads, lists and downloads their own certificates with a candidate token, and nobody else's. */
@QuarkusTest
class LearnerCertificateResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aLearnerListsOnlyTheirOwnCertificates() {
        String learner = Fixtures.newUln();
        String first = Fixtures.certifiedFor(SeedQualification.CG_2794_02, learner);
        String second = Fixtures.certifiedFor(SeedQualification.PROQUAL_L3_CS, learner);
        String someoneElses = Fixtures.certifiedFor(SeedQualification.CG_2794_02, Fixtures.newUln());

        JsonPath page = given().auth().oauth2(TestTokens.candidate(learner)).accept(ContentType.JSON)
                .get("/api/certificates").then().statusCode(200).contentType(ContentType.JSON)
                .body("total", equalTo(2)).body("page", equalTo(0))
                .body("items.number", not(hasItem(someoneElses)))
                .extract().jsonPath();
        assertEquals(Set.of(first, second), Set.copyOf(page.getList("items.number", String.class)));
        assertEquals(List.of(learner, learner), page.getList("items.learner.uln", String.class));
    }

    @Test
    void aLearnerWithoutCertificatesGetsAnEmptyList() {
        given().auth().oauth2(TestTokens.candidate(Fixtures.newUln())).get("/api/certificates").then()
                .statusCode(200).body("total", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void aLearnerDownloadsTheirOwnCertificateAsPdfAndCredential() throws Exception {
        String learner = Fixtures.newUln();
        String number = Fixtures.certifiedFor(SeedQualification.CG_2794_02, learner);
        String token = TestTokens.candidate(learner);

        given().auth().oauth2(token).accept(ContentType.JSON).get("/api/certificates/" + number).then()
                .statusCode(200).body("number", equalTo(number)).body("learner.uln", equalTo(learner));
        byte[] pdf = given().auth().oauth2(token).get("/api/certificates/" + number + "/pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertTrue(text(pdf).contains(number), "the PDF is the certificate");
        String credential = given().auth().oauth2(token).get("/api/certificates/" + number + "/credential").then()
                .statusCode(200).contentType("application/vc+jwt").extract().asString();
        assertEquals(number, SignedJWT.parse(credential).getJWTClaimsSet().getSubject());
    }

    @Test
    void anotherLearnersCertificateAnswersExactlyLikeAMissingOne() {
        String number = Fixtures.certifiedFor(SeedQualification.CG_2794_02, Fixtures.newUln());
        String stranger = TestTokens.candidate(Fixtures.newUln());

        for (String path : List.of("", "/pdf", "/credential")) {
            Map<String, Object> theirs = given().auth().oauth2(stranger).get("/api/certificates/" + number + path)
                    .then().statusCode(404).contentType(PROBLEM).extract().jsonPath().getMap("");
            Map<String, Object> missing = given().auth().oauth2(stranger)
                    .get("/api/certificates/AAAAAAAAAAAAA" + path).then().statusCode(404).contentType(PROBLEM)
                    .extract().jsonPath().getMap("");
            assertEquals(withoutNumber(missing, "AAAAAAAAAAAAA"), withoutNumber(theirs, number), path);
        }
    }

    @Test
    void aLearnerCannotReplaceOrRevoke() {
        String learner = Fixtures.newUln();
        String number = Fixtures.certifiedFor(SeedQualification.CG_2794_02, learner);
        for (String action : List.of("replacement", "revocation")) {
            given().auth().oauth2(TestTokens.candidate(learner)).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Lost in a house move")).post("/api/certificates/" + number + "/" + action)
                    .then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void onlyACandidateTokenWithAUlnListsCertificates() {
        given().auth().oauth2(TestTokens.token("candidate-no-uln", Set.of("candidate"), Map.of()))
                .get("/api/certificates").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:no-candidate-identity"));
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        given().auth().oauth2(TestTokens.token("candidate-no-uln", Set.of("candidate"), Map.of()))
                .get("/api/certificates/" + number + "/pdf").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:awarding:problem:no-candidate-identity"));
        given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).get("/api/certificates").then().statusCode(403);
        given().get("/api/certificates").then().statusCode(401).contentType(PROBLEM);
    }

    /** The problem with the requested number taken out of its texts, which echo it. */
    private static Map<String, Object> withoutNumber(Map<String, Object> problem, String number) {
        return Map.of("type", problem.get("type"), "title", problem.get("title"), "status", problem.get("status"),
                "detail", String.valueOf(problem.get("detail")).replace(number, "N"),
                "keys", problem.keySet().stream().filter(k -> !k.equals("correlationId")).sorted().toList());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
