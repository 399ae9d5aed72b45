package uk.awarding.registration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * test-engine-service as a WireMock server accepting withdrawals (204) from callers that send a bearer token, and
 * 401 to any other. Tests make it fail with {@link #down()} and read what it received from {@link #server()}.
 */
public class TestEngineStub implements QuarkusTestResourceLifecycleManager {

    public static final String WITHDRAWALS = "/api/registration-withdrawals";
    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        up();
        return Map.of("quarkus.rest-client.test-engine.url", server.baseUrl());
    }

    /** Accepts every withdrawal, as test-engine does (idempotently). */
    public static void up() {
        server.resetMappings();
        server.stubFor(post(urlEqualTo(WITHDRAWALS)).atPriority(10).willReturn(aResponse().withStatus(401)));
        server.stubFor(post(urlEqualTo(WITHDRAWALS)).atPriority(5).withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(204)));
    }

    /** test-engine-service unavailable: every withdrawal answered 503 until {@link #up()}. */
    public static void down() {
        server.stubFor(post(urlEqualTo(WITHDRAWALS)).atPriority(1).willReturn(aResponse().withStatus(503)));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
