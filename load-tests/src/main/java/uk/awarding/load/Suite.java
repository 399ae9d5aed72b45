package uk.awarding.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The running suite as ./run.sh starts it: Keycloak's token endpoint and the gateway, over plain HTTP. */
final class Suite {

    static final String KEYCLOAK = System.getProperty("keycloak", "http://localhost:8180");
    static final String GATEWAY = System.getProperty("gateway", "http://localhost:8080");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Suite() {
    }

    /** POSTs a form to a realm's token endpoint and answers the token response. */
    static JsonNode token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 200);
    }

    static JsonNode postJson(String url, String bearer, Object body, int expectedStatus) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), expectedStatus);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode getJson(String url, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearer).GET(), 200);
    }

    private static JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(2000, response.body().length())));
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
