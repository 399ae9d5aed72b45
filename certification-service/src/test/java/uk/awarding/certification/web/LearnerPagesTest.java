package uk.awarding.certification.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.Cookie;
import uk.awarding.certification.Fixtures;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.CodeFlowSignIn;
import uk.awarding.platform.testing.TestTokens;

/**
 * The learner's page, signed in by the authorization code flow as a browser signs in: their certificates and nobody
 * else's, each to download as a PDF and a credential; the session ends with a sign-out here and at Keycloak.
 */
@QuarkusTest
class LearnerPagesTest {

    private static final String PUBLIC_BASE = "http://localhost:8080/certification";

    @OidcWireMock
    WireMockServer oidc;

    @Test
    void aSignedInLearnerSeesTheirOwnCertificatesWithDownloadLinks() {
        String learner = Fixtures.newUln();
        String own = Fixtures.certifiedFor(SeedQualification.CG_2794_02, learner);
        String someoneElses = Fixtures.certifiedFor(SeedQualification.CG_2794_02, Fixtures.newUln());
        CodeFlowSignIn.Session session = signIn(learner);

        given().cookies(session.cookies()).redirects().follow(false).when().get("/my-certificates").then()
                .statusCode(200).contentType("text/html")
                .body(containsString("<html lang=\"en-GB\">"))
                .body(containsString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"))
                .body(containsString("<h1>Your certificates</h1>"))
                .body(containsString("City &amp; Guilds Level 2 Diploma for Customer Service Practitioners"))
                .body(containsString("href=\"" + PUBLIC_BASE + "/my-certificates/" + own + "/pdf\""))
                .body(containsString("href=\"" + PUBLIC_BASE + "/my-certificates/" + own + "/credential\""))
                .body(containsString("action=\"" + PUBLIC_BASE + "/sign-out\""))
                .body(not(containsString(someoneElses)))
                .body(not(containsString("<script")))
                .body(not(containsString("style=")));
    }

    @Test
    void aLearnerWithoutCertificatesIsToldWhenOneWillShow() {
        given().auth().oauth2(TestTokens.candidate(Fixtures.newUln())).when().get("/my-certificates").then()
                .statusCode(200).body(containsString("id=\"no-certificates\""));
    }

    @Test
    void theLinksDownloadTheLearnersPdfAndCredential() {
        String learner = Fixtures.newUln();
        String own = Fixtures.certifiedFor(SeedQualification.PROQUAL_L3_CS, learner);
        CodeFlowSignIn.Session session = signIn(learner);

        byte[] pdf = given().cookies(session.cookies()).redirects().follow(false)
                .get("/my-certificates/" + own + "/pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + own + ".pdf\"")
                .extract().asByteArray();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        given().cookies(session.cookies()).redirects().follow(false).get("/my-certificates/" + own + "/credential")
                .then().statusCode(200).contentType("application/vc+jwt")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + own + ".jwt\"")
                .body(startsWith("eyJ"));
    }

    @Test
    void anotherLearnersCertificateIsNotFoundAndRevealsNothing() {
        String learner = Fixtures.newUln();
        String someoneElses = Fixtures.certifiedFor(SeedQualification.CG_2794_02, Fixtures.newUln());
        CodeFlowSignIn.Session session = signIn(learner);

        for (String download : new String[] { "pdf", "credential" }) {
            given().cookies(session.cookies()).redirects().follow(false)
                    .get("/my-certificates/" + someoneElses + "/" + download).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:awarding:problem:certificate-not-found"))
                    .body(not(containsString("Okafor"))).body(not(containsString("cg-2794-02")));
        }
    }

    @Test
    void withoutASessionThePageSendsTheVisitorToSignIn() {
        given().redirects().follow(false).when().get("/my-certificates").then().statusCode(302)
                .header("Location", startsWith(oidc.baseUrl() + "/auth/realms/quarkus?response_type=code"))
                .header("Location", containsString("code_challenge_method=S256"));
        given().redirects().follow(false).when().get("/my-certificates/AAAAAAAAAAAAA/pdf").then().statusCode(302);
    }

    @Test
    void anAccountThatIsNotALearnersIsToldSoAndCanSignOut() {
        given().auth().oauth2(TestTokens.staff()).when().get("/my-certificates").then().statusCode(403)
                .contentType("text/html")
                .body(containsString("id=\"not-a-learner\""))
                .body(containsString("action=\"" + PUBLIC_BASE + "/sign-out\""));
    }

    @Test
    void theApiRefusesThePagesSessionCookie() {
        CodeFlowSignIn.Session session = signIn(Fixtures.newUln());
        given().cookies(session.cookies()).redirects().follow(false).when().get("/api/certificates").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void signOutEndsTheSessionHereAndAtKeycloakAndReturnsToThePublicAddress() {
        CodeFlowSignIn.Session session = signIn(Fixtures.newUln());
        for (Cookie cookie : session.sessionCookies()) {
            assertEquals(-1, cookie.getMaxAge(), "a browser-session cookie: " + cookie);
            assertTrue(cookie.isHttpOnly(), cookie.toString());
        }
        var signOut = given().cookies(session.cookies()).redirects().follow(false)
                .header("Host", "attacker.example").contentType("application/x-www-form-urlencoded")
                .when().post("/sign-out").then().statusCode(302)
                .header("Location", startsWith(oidc.baseUrl() + "/auth/realms/quarkus/protocol/openid-connect/end-session?"))
                .extract();
        String location = URLDecoder.decode(signOut.header("Location"), StandardCharsets.UTF_8);
        assertTrue(location.contains("post_logout_redirect_uri=" + PUBLIC_BASE + "/signed-out&"), location);
        assertTrue(signOut.detailedCookies().asList().stream()
                .anyMatch(c -> c.getName().startsWith("q_session") && c.getMaxAge() == 0), "the session cookie is removed");

        given().redirects().follow(false).when().get("/signed-out").then().statusCode(200)
                .body(containsString("id=\"signed-out\""))
                .body(containsString("href=\"" + PUBLIC_BASE + "/my-certificates\""))
                .header("Content-Security-Policy", containsString("form-action 'self' http://localhost:8180"));
    }

    private CodeFlowSignIn.Session signIn(String uln) {
        CodeFlowSignIn.Session session = CodeFlowSignIn.signIn(oidc, "/my-certificates", TestTokens.candidate(uln),
                TestTokens.idToken("candidate-" + uln, Set.of("candidate"), Map.of("uln", uln)));
        assertFalse(session.sessionCookies().isEmpty(), "no session after the sign-in: " + session.signedIn().asString());
        return session;
    }
}
