package uk.awarding.testengine;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Quarkus' OIDC test server, which also answers the refresh grant. Its client-credentials answer carries a refresh
 * token, so once the service's own token for its peers nears expiry the OIDC client renews it by refresh grant, which
 * the plain test server does not answer: every peer call after the first few minutes of a module's run would fail.
 */
public class OidcServer extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        URI server = URI.create(config.get("keycloak.url"));
        new WireMock(server.getHost(), server.getPort()).register(post(urlPathEqualTo("/auth/realms/quarkus/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(okJson("{\"access_token\":\"renewed\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        return config;
    }
}
