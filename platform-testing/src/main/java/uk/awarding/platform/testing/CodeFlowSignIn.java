package uk.awarding.platform.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.restassured.http.Cookie;
import io.restassured.response.Response;

/**
 * A sign-in to a service's pages by the authorization code flow over plain HTTP, as a browser makes it: the page sends
 * the visitor to the OIDC test server ({@code OidcWiremockTestResource}), whose code comes back to the page and is
 * exchanged for the tokens the test gives (the code grant's answer is stubbed with them). What remains is the
 * session's cookies.
 */
public final class CodeFlowSignIn {

    private static final UUID CODE_GRANT_STUB = UUID.nameUUIDFromBytes("code-flow-sign-in".getBytes());

    private CodeFlowSignIn() {
    }

    /** The cookies of a session signed in with these tokens, and the answer that set them. */
    public record Session(Map<String, String> cookies, Response signedIn) {

        public List<Cookie> sessionCookies() {
            return signedIn.detailedCookies().asList().stream().filter(c -> c.getName().startsWith("q_session"))
                    .toList();
        }
    }

    /** Signs in on {@code page} (a path of the service under test that needs a sign-in) with these tokens. */
    public static Session signIn(WireMockServer oidc, String page, String accessToken, String idToken) {
        oidc.stubFor(post(urlEqualTo("/auth/realms/quarkus/token")).atPriority(1)
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(okJson("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":300,\"id_token\":\"" + idToken + "\",\"refresh_token\":\"refresh\"}"))
                .withId(CODE_GRANT_STUB));
        try {
            Response challenge = given().redirects().follow(false).when().get(page);
            URI login = URI.create(challenge.then().statusCode(302).extract().header("Location"));
            Map<String, String> query = query(login.getRawQuery());
            String callback = URLDecoder.decode(query.get("redirect_uri"), StandardCharsets.UTF_8);
            Map<String, String> cookies = new HashMap<>(challenge.getCookies());
            Response signedIn = given().redirects().follow(false).cookies(cookies)
                    .queryParam("state", URLDecoder.decode(query.get("state"), StandardCharsets.UTF_8))
                    .queryParam("code", "a-code")
                    .when().get(URI.create(callback).getRawPath());
            cookies.putAll(signedIn.getCookies());
            return new Session(cookies, signedIn);
        } finally {
            oidc.removeStub(oidc.getSingleStubMapping(CODE_GRANT_STUB));
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            query.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return query;
    }
}
