package uk.awarding.testengine.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.testengine.Candidates.activeRegistration;
import static uk.awarding.testengine.Candidates.newUln;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.Cookie;
import uk.awarding.platform.testing.CodeFlowSignIn;
import uk.awarding.platform.testing.TestTokens;

/** The pages' code-flow session: what its cookies are, where they are accepted, and how it ends. */
@QuarkusTest
class SignInSessionTest {

    @OidcWireMock
    WireMockServer oidc;

    @Test
    void theApiRefusesThePagesSessionCookie() {
        CodeFlowSignIn.Session session = signedInCandidate();
        given().cookies(session.cookies()).redirects().follow(false).when().get("/").then().statusCode(200);

        given().cookies(session.cookies()).redirects().follow(false).when().get("/api/sittings/any").then()
                .statusCode(401).contentType("application/problem+json");
        // A cross-site form post is what the cookie would carry: a submission without a bearer token.
        given().cookies(session.cookies()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .when().post("/api/sittings/any/submission").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void sessionCookiesLastOnlyAsLongAsTheBrowser() {
        List<Cookie> cookies = signedInCandidate().sessionCookies();
        assertFalse(cookies.isEmpty(), "the sign-in set no session cookie");
        for (Cookie cookie : cookies) {
            assertEquals(-1, cookie.getMaxAge(), cookie.toString());
            assertFalse(cookie.hasExpiryDate(), cookie.toString());
            assertTrue(cookie.isHttpOnly(), cookie.toString());
        }
    }

    @Test
    void signOutEndsTheSessionHereAndAtKeycloakAndReturnsToThePublicAddress() {
        CodeFlowSignIn.Session session = signedInCandidate();
        var signOut = given().cookies(session.cookies()).redirects().follow(false)
                .header("Host", "attacker.example").contentType("application/x-www-form-urlencoded")
                .when().post("/sign-out").then().statusCode(302)
                .header("Location", startsWith(oidc.baseUrl() + "/auth/realms/quarkus/protocol/openid-connect/end-session?"))
                .header("Location", containsString("id_token_hint="))
                .extract();
        String location = URLDecoder.decode(signOut.header("Location"), StandardCharsets.UTF_8);
        assertTrue(location.contains("post_logout_redirect_uri=http://localhost:8080/test-engine/signed-out&"),
                location);
        for (Cookie cookie : signOut.detailedCookies().asList()) {
            if (cookie.getName().startsWith("q_session")) {
                assertEquals(0, cookie.getMaxAge(), "the session cookie is removed: " + cookie);
            }
        }
        assertTrue(signOut.detailedCookies().asList().stream().anyMatch(c -> c.getName().startsWith("q_session")),
                "the sign-out removes the session cookie");
        // Without the cookie the pages ask for a sign-in again.
        given().redirects().follow(false).when().get("/").then().statusCode(302);
    }

    @Test
    void pagesAndApiSendTheSecurityHeaders() {
        CodeFlowSignIn.Session session = signedInCandidate();
        for (var answer : List.of(
                given().cookies(session.cookies()).redirects().follow(false).when().get("/"),
                given().redirects().follow(false).when().get("/api/sittings/any"),
                given().redirects().follow(false).when().get("/signed-out"))) {
            answer.then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("form-action 'self' http://localhost:8180"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Cache-Control", "no-store");
        }
    }

    private CodeFlowSignIn.Session signedInCandidate() {
        String uln = newUln();
        String registrationId = activeRegistration(uln);
        String accessToken = TestTokens.candidate(uln);
        CandidatePagesStubs.activeRegistrations(uln, accessToken, registrationId);
        CodeFlowSignIn.Session session = CodeFlowSignIn.signIn(oidc, "/", accessToken, TestTokens.idToken("candidate-" + uln,
                Set.of("candidate"), Map.of("uln", uln)));
        assertFalse(session.sessionCookies().isEmpty(), "no session after the sign-in: " + session.signedIn().asString());
        return session;
    }
}
