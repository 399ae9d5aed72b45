package uk.awarding.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.awarding.certification.Fixtures;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.fuzz.RawHttp;

/**
 * Each test verifies from its own client addresses (X-Forwarded-For, which the tests may set because they connect from
 * 127.0.0.1, the trusted gateway's address in the test profile), so the rate limit of one never touches another.
 */
@QuarkusTest
class VerificationResourceTest {

    private static final String VERIFY_URL = "http://localhost:8080/verify";

    @TestHTTPResource("/")
    URI base;

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private static String freshAddress() {
        return "198.51.100." + ADDRESSES.getAndIncrement();
    }

    private static Response verify(String number, String familyName, String accept) {
        return given().header("X-Forwarded-For", freshAddress()).accept(accept)
                .queryParam("familyName", familyName).get("/verify/" + number);
    }

    @Test
    void aValidCertificateWithTheRightFamilyNameShowsWhatTheCertificateShows() {
        String number = Fixtures.certified(SeedQualification.PROQUAL_L3_CS);
        verify(number, "okafor ", "application/json").then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("valid"))
                .body("number", equalTo(number))
                .body("certificate.learner.givenName", equalTo("Amara"))
                .body("certificate.qualification.title", equalTo("ProQual Level 3 Diploma in Customer Service"))
                .body("certificate.units.size()", equalTo(11))
                .body("certificate.registrationId", nullValue())
                .body("certificate.centreNumber", nullValue());
    }

    @Test
    void aWrongFamilyNameIsIndistinguishableFromAnUnknownNumber() {
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        String unknown = "2222222222222"; // well formed: check character 2 for a payload of zeros
        Response wrongName = verify(number, "Smith", "application/json");
        Response unknownNumber = verify(unknown, "Smith", "application/json");

        assertEquals(unknownNumber.statusCode(), wrongName.statusCode());
        assertEquals(unknownNumber.contentType(), wrongName.contentType());
        assertEquals(unknownNumber.jsonPath().getMap("$").keySet(), wrongName.jsonPath().getMap("$").keySet());
        assertEquals("unknown", wrongName.jsonPath().getString("status"));
        assertEquals("unknown", unknownNumber.jsonPath().getString("status"));
        assertEquals(unknownNumber.asString().replace(unknown, number), wrongName.asString());

        String wrongPage = verify(number, "Smith", "text/html").asString();
        String unknownPage = verify(unknown, "Smith", "text/html").asString();
        assertEquals(unknownPage.replace(unknown, number), wrongPage);
    }

    @Test
    void aRevokedCertificateSaysRevoked() {
        String number = Fixtures.certified(SeedQualification.NCFE_L2_CSP);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(Map.of("reason", "Malpractice"))
                .post("/api/certificates/" + number + "/revocation").then().statusCode(200);
        verify(number, "Okafor", "application/json").then().statusCode(200).body("status", equalTo("revoked"));
        verify(number, "Okafor", "text/html").then().statusCode(200).body(containsString("Revoked"));
    }

    @Test
    void thePublicPageShowsTheVerdictAndAsksForTheFamilyNameFirst() {
        String number = Fixtures.certified(SeedQualification.EDI_L2_NVQ_CS);
        verify(number, "Okafor", "text/html").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("Valid"))
                .body(containsString("EDI Level 2 NVQ Certificate in Customer Service"))
                .body(containsString("CU791"));
        given().header("X-Forwarded-For", freshAddress()).accept("text/html").get("/verify/" + number)
                .then().statusCode(200).body(containsString("familyName")).body(not(containsString("Valid")))
                .body(not(containsString("Okafor")));
    }

    @Test
    void jsonVerificationNeedsAFamilyName() {
        given().header("X-Forwarded-For", freshAddress()).accept("application/json").get("/verify/3333333333332")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:validation-failed"));
    }

    @Test
    void isRateLimitedPerClientAddressWithRetryAfter() {
        String address = freshAddress();
        for (int i = 0; i < 5; i++) { // %test limit per minute
            given().header("X-Forwarded-For", address).accept("application/json")
                    .queryParam("familyName", "Smith").get("/verify/3333333333332").then().statusCode(200);
        }
        given().header("X-Forwarded-For", address).accept("application/json")
                .queryParam("familyName", "Smith").get("/verify/3333333333332")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:awarding:problem:too-many-verifications"));
        verify("3333333333332", "Smith", "application/json").then().statusCode(200);
    }

    @Test
    void aForwardedAddressFromAPeerThatIsNotTheGatewayDoesNotResetTheLimit() throws Exception {
        // 127.0.0.3 is this machine but not a trusted proxy: its X-Forwarded-For must count for nothing.
        RawHttp untrusted = new RawHttp(URI.create("http://127.0.0.1:" + base.getPort()))
                .from(InetAddress.getByName("127.0.0.3"));
        for (int i = 1; i <= 5; i++) { // %test limit per minute
            assertEquals(200, untrusted.send("GET", "/verify/3333333333332?familyName=Smith",
                    Map.of("Accept", "application/json", "X-Forwarded-For", "203.0.113." + i), null, 0).status());
        }
        RawHttp.Answer spoofed = untrusted.send("GET", "/verify/3333333333332?familyName=Smith",
                Map.of("Accept", "application/json", "X-Forwarded-For", "203.0.113.99"), null, 0);
        assertEquals(429, spoofed.status());
        assertEquals("application/problem+json", spoofed.header("Content-Type"));
    }

    @Test
    void aJavascriptUrlInThePathNeverBecomesALinkOrAFormAction() {
        RawHttp.Answer page = new RawHttp(base).send("GET", "/verify/javascript:alert(document.domain)",
                Map.of("Accept", "text/html", "X-Forwarded-For", freshAddress()), null, 0);
        assertEquals(200, page.status());
        assertFalse(page.body().contains("javascript:"), page.body());
        assertFalse(page.body().contains("alert("), page.body());
        assertTrue(page.body().contains("action=\"" + VERIFY_URL + "/\""), page.body());
    }

    @Test
    void formActionsAndLinksComeFromTheConfiguredAddressNotTheHostHeader() {
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        String page = given().header("X-Forwarded-For", freshAddress()).header("Host", "attacker.example")
                .accept("text/html").get("/verify/" + number.toLowerCase()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("action=\"" + VERIFY_URL + "/" + number + "\""), page);
        assertFalse(page.contains("attacker.example"), page);
    }

    @Test
    void theStartPageAsksForTheNumberAndTheFamilyName() {
        for (String path : new String[] { "/verify", "/verify/" }) {
            given().accept("text/html").get(path).then().statusCode(200).contentType(ContentType.HTML)
                    .body(containsString("name=\"number\"")).body(containsString("name=\"familyName\""))
                    .body(containsString("action=\"" + VERIFY_URL + "/\""))
                    .body(containsString("name=\"viewport\""));
        }
    }

    @Test
    void aNumberTypedOnTheStartPageGoesOnToItsOwnPage() {
        given().redirects().follow(false).accept("text/html").queryParam("number", "7kq4-m9tx-2hpc-a")
                .queryParam("familyName", "O'Neill").get("/verify/")
                .then().statusCode(303).header("Location", VERIFY_URL + "/7KQ4M9TX2HPCA?familyName=O%27Neill");
        given().redirects().follow(false).accept("text/html").queryParam("number", "javascript:alert(1)")
                .get("/verify/").then().statusCode(200).body(containsString("not a certificate number"))
                .body(not(containsString("javascript:")));
    }

    @Test
    void thePagesNeedNoInlineScriptOrStyle() {
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        for (String page : new String[] { verify(number, "Okafor", "text/html").asString(),
                given().accept("text/html").get("/verify/").asString() }) {
            assertFalse(page.contains("<script"), page);
            assertFalse(page.contains("<style"), page);
            assertFalse(page.contains("style=\""), page);
            assertTrue(page.contains("<link rel=\"stylesheet\" href=\"http://localhost:8080/certification/verification.css\""),
                    page);
        }
        given().get("/verification.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void theFamilyNameMatchesWithoutAccentsApostrophesOrCase() {
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        verify(number, "ÒKÀ-FÖR", "application/json").then().statusCode(200).body("status", equalTo("valid"));
        verify(number, "O'kafor", "application/json").then().statusCode(200).body("status", equalTo("valid"));
        verify(number, "Okafur", "application/json").then().statusCode(200).body("status", equalTo("unknown"));
    }

    @Test
    void neitherThePageNorTheAnswerShowsTheUln() {
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        verify(number, "Okafor", "application/json").then().statusCode(200).body("status", equalTo("valid"))
                .body(not(containsString("9276308686")));
        verify(number, "Okafor", "text/html").then().statusCode(200).body(containsString("Valid"))
                .body(not(containsString("9276308686"))).body(not(containsString("ULN")));
    }
}
