package uk.awarding.e2e;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.restassured.path.json.JsonPath;

/** Real tokens from the suite's Keycloak, fetched the way centres' systems, scripts and services fetch them. */
final class Keycloak {

    private static final String TOKEN_ENDPOINT = Suite.REALM + "/protocol/openid-connect/token";

    private Keycloak() {
    }

    /** Client credentials, as a centre's system ({@code centre-api}) or a service does it. */
    static String clientCredentials(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post(TOKEN_ENDPOINT)
                .then().statusCode(200).extract().path("access_token");
    }

    /** The password grant of a public local-realm client; the demo accounts' password is their user name. */
    static String password(String clientId, String user) {
        return given().formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", user).formParam("password", user)
                .post(TOKEN_ENDPOINT)
                .then().statusCode(200).extract().path("access_token");
    }

    /** A demo account's token as a script gets it ({@code suite-cli}). */
    static String user(String user) {
        return password("suite-cli", user);
    }

    /** The bootstrap administrator run.sh gives the local Keycloak (master realm), for the admin REST API. */
    static String admin() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("http://localhost:8180/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    static String centreApi() {
        return clientCredentials("centre-api", "centre-api-secret");
    }

    /** The token's claims, read without verification: the services are what verify. */
    static JsonPath claims(String token) {
        return JsonPath.from(payload(token));
    }

    static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    /** The same token with its payload rewritten and the original signature kept. */
    static String withPayload(String token, String payloadJson) {
        String[] parts = token.split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }
}
