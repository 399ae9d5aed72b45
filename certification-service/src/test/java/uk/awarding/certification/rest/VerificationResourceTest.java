package uk.awarding.certification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.awarding.certification.Fixtures;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.TestTokens;

/** Each test verifies from its own client addresses (X-Forwarded-For), so the rate limit of one never touches another. */
@QuarkusTest
class VerificationResourceTest {

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
        for (int i = 0; i < 5; i++) { // %test burst
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
}
