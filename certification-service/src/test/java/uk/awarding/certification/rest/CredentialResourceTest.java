package uk.awarding.certification.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.awarding.certification.Fixtures;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.TestTokens;

/**
 * The credential checked the way an employer's software would: fetch the published JWK set over HTTP, verify the
 * Ed25519 signature with Nimbus' own verifier (not the service's signing code), then read the claims and the
 * status list.
 */
@QuarkusTest
class CredentialResourceTest {

    private static SignedJWT verified(String jwt) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        JWKSet keys = JWKSet.parse(given().get("/.well-known/jwks.json").then().statusCode(200)
                .contentType(ContentType.JSON).extract().asString());
        OctetKeyPair key = (OctetKeyPair) keys.getKeyByKeyId(signed.getHeader().getKeyID());
        assertFalse(key.isPrivate(), "the JWK set publishes only the public key");
        assertEquals(JWSAlgorithm.EdDSA, signed.getHeader().getAlgorithm());
        assertEquals("vc+jwt", signed.getHeader().getType().getType());
        assertTrue(signed.verify(new Ed25519Verifier(key)), "signature verifies against the published key");
        return signed;
    }

    private static String credential(String number) {
        return given().auth().oauth2(TestTokens.centre(Fixtures.CENTRE)).get("/api/certificates/" + number + "/credential")
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void issuesAnOpenBadgeCredentialVerifiableWithThePublishedKey() throws Exception {
        String number = Fixtures.certified(SeedQualification.PROQUAL_L3_CS);
        JWTClaimsSet claims = verified(credential(number)).getJWTClaimsSet();

        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), claims.getStringListClaim("type"));
        assertTrue(claims.getStringListClaim("@context").contains("https://www.w3.org/ns/credentials/v2"));
        assertEquals(claims.getIssuer(), ((Map<String, Object>) claims.getClaim("issuer")).get("id"));
        Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertEquals("ProQual Level 3 Diploma in Customer Service", achievement.get("name"));
        assertEquals("601/3577/3", achievement.get("humanCode"));
        assertTrue(achievement.get("description").toString().contains(number));
        assertTrue(subject.get("identifier").toString().contains("9276308686"));
        assertTrue(subject.get("identifier").toString().contains("Amara Okafor"));
        assertEquals(55L, ((Number) subject.get("creditsEarned")).longValue());
        Map<String, Object> status = claims.getJSONObjectClaim("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.get("type"));
        assertEquals("revocation", status.get("statusPurpose"));
    }

    @Test
    void revocationShowsInTheSignedStatusList() throws Exception {
        String number = Fixtures.certified(SeedQualification.CG_2794_02);
        Map<String, Object> status = verified(credential(number)).getJWTClaimsSet().getJSONObjectClaim("credentialStatus");
        int index = Integer.parseInt(status.get("statusListIndex").toString());
        String listPath = java.net.URI.create(status.get("statusListCredential").toString()).getPath()
                .replaceFirst("^/certification", "");

        assertFalse(bit(listPath, index), "not revoked yet");
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(Map.of("reason", "Malpractice"))
                .post("/api/certificates/" + number + "/revocation").then().statusCode(200);
        assertTrue(bit(listPath, index), "revoked");
    }

    @Test
    void theCredentialIsForTheOwnerCentreStaffAndTheLearner() {
        String number = Fixtures.certified(SeedQualification.NCFE_L2_CSP);
        given().auth().oauth2(TestTokens.centre(Fixtures.OTHER_CENTRE)).get("/api/certificates/" + number + "/credential")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.staff()).get("/api/certificates/" + number + "/credential")
                .then().statusCode(200);
        given().get("/api/certificates/" + number + "/credential").then().statusCode(401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIssuerIsTheAwardingOrganisationTheCertificateNamesAndItsIdAnswersItsProfile() throws Exception {
        String number = Fixtures.certified(SeedQualification.PROQUAL_L3_CS);
        String awardingOrganisation = given().auth().oauth2(TestTokens.staff()).accept(ContentType.JSON)
                .get("/api/certificates/" + number).then().statusCode(200).extract().path("awardingOrganisation");
        JWTClaimsSet claims = verified(credential(number)).getJWTClaimsSet();
        Map<String, Object> issuer = (Map<String, Object>) claims.getClaim("issuer");

        assertEquals("ProQual Awarding Body", awardingOrganisation);
        assertEquals(awardingOrganisation, issuer.get("name"), "the credential names the certificate's organisation");
        assertEquals(claims.getIssuer(), issuer.get("id"));
        assertTrue(claims.getJSONObjectClaim("credentialSubject").toString().contains(awardingOrganisation));
        assertIsItsOwnProfile(issuer.get("id").toString(), awardingOrganisation);
    }

    @Test
    void theStatusListsIssuerAnswersItsProfileToo() throws Exception {
        String jwt = given().get("/status-lists/1").then().statusCode(200).extract().asString();
        JWTClaimsSet claims = verified(jwt).getJWTClaimsSet();
        @SuppressWarnings("unchecked")
        Map<String, Object> issuer = (Map<String, Object>) claims.getClaim("issuer");
        assertEquals(claims.getIssuer(), issuer.get("id"));
        assertIsItsOwnProfile(issuer.get("id").toString(), issuer.get("name").toString());
    }

    @Test
    void anIssuerNoCredentialNamesIsNotFound() {
        given().get("/issuers/no-such-awarding-body").then().statusCode(404).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:awarding:problem:issuer-not-found"));
    }

    /** The issuer id is an address of this service (behind the gateway's prefix) whose profile has that same id. */
    private static void assertIsItsOwnProfile(String id, String name) {
        java.net.URI address = java.net.URI.create(id);
        assertEquals("http://localhost:8080", address.getScheme() + "://" + address.getAuthority());
        assertTrue(address.getPath().startsWith("/certification/"), id);
        given().redirects().follow(false).get(address.getPath().replaceFirst("^/certification", "")).then()
                .statusCode(200).contentType(ContentType.JSON)
                .body("id", org.hamcrest.Matchers.equalTo(id))
                .body("name", org.hamcrest.Matchers.equalTo(name))
                .body("type", org.hamcrest.Matchers.hasItem("Profile"));
    }

    @Test
    void refusesANonsenseStatusList() {
        given().get("/status-lists/0").then().statusCode(400).contentType("application/problem+json");
        given().get("/status-lists/abc").then().statusCode(404).contentType("application/problem+json");
    }

    private static boolean bit(String listPath, int index) throws Exception {
        String jwt = given().get(listPath).then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        JWTClaimsSet claims = verified(jwt).getJWTClaimsSet();
        assertTrue(claims.getStringListClaim("type").contains("BitstringStatusListCredential"));
        String encoded = claims.getJSONObjectClaim("credentialSubject").get("encodedList").toString();
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        byte[] bits = gunzip(Base64.getUrlDecoder().decode(encoded.substring(1)));
        assertEquals(16_384, bits.length);
        return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }
}
