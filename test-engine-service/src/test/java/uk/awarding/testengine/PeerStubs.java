package uk.awarding.testengine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.awarding.platform.testing.contract.Contracts;

/**
 * registration-service, catalogue-service and certification-service as WireMock stubs serving the contract fixtures
 * those services' own tests verify. Every stub answers only a request that carries a bearer token; anything else
 * gets 401, so a missing service token fails the test.
 */
public class PeerStubs implements QuarkusTestResourceLifecycleManager {

    public static final String UNIT = "2794-210";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID CERTIFICATION_DOWN = UUID.nameUUIDFromBytes("certification-down".getBytes());
    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(401)));
        stubCatalogue();
        stubCertificationUp();
        String url = server.baseUrl();
        return Map.of("quarkus.rest-client.registration.url", url, "quarkus.rest-client.catalogue.url", url,
                "quarkus.rest-client.certification.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The registration fixture for this candidate, with the given status, qualification and extra time. */
    public static void registration(String registrationId, String uln, String status, String qualificationId,
            int extraTimePercent) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(Contracts.fixture("registration-service", "registration-cg-2794-02",
                    Map.of("registrationId", registrationId, "registeredAt", "2026-09-01T09:00:00Z")));
            body.put("uln", uln).put("status", status).put("qualificationId", qualificationId);
            ((ObjectNode) body.get("accessArrangements")).put("extraTimePercent", extraTimePercent);
            server.stubFor(get(urlEqualTo("/api/registrations/" + registrationId))
                    .withHeader("Authorization", matching("Bearer .+"))
                    .willReturn(okJson(body.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** registration-service down: every registration request fails at the connection. */
    public static void registrationDown(String registrationId) {
        server.stubFor(get(urlEqualTo("/api/registrations/" + registrationId))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    public static void stubCertificationUp() {
        server.stubFor(post(urlEqualTo("/api/unit-results")).atPriority(5)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(Contracts.fixture("certification-service", "unit-result-from-sitting-response",
                                Map.of("sittingId", "x", "registrationId", "x", "achievedOn", "2026-01-01",
                                        "unitResultId", "x")))));
    }

    /** certification-service down: answers 503 (higher priority than the "up" stub) until removed. */
    public static void stubCertificationDown() {
        server.stubFor(post(urlEqualTo("/api/unit-results")).atPriority(1)
                .willReturn(aResponse().withStatus(503)).withId(CERTIFICATION_DOWN));
    }

    /** Removes the "down" stub if there is one. */
    public static void certificationBackUp() {
        server.getStubMappings().stream().filter(m -> CERTIFICATION_DOWN.equals(m.getId())).findFirst()
                .ifPresent(server::removeStub);
    }

    /** A unit of cg-2794-02 that the catalogue knows but that has no online test (e.g. a portfolio unit). */
    public static void portfolioUnit(String unitId) {
        server.stubFor(get(urlEqualTo("/api/units/" + unitId)).withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(Contracts.fixture("catalogue-service", "unit-2794-210").replace(UNIT, unitId))));
        server.stubFor(get(urlEqualTo("/api/units/" + unitId + "/test-specification"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"type\":\"urn:awarding:problem:test-specification-not-found\"}")));
    }

    public static void unknownUnit(String unitId) {
        server.stubFor(get(urlEqualTo("/api/units/" + unitId)).withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"type\":\"urn:awarding:problem:unit-not-found\"}")));
    }

    public static void catalogueDown(String unitId) {
        server.stubFor(
                get(urlEqualTo("/api/units/" + unitId)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static void stubCatalogue() {
        server.stubFor(get(urlEqualTo("/api/units/" + UNIT)).withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(unit())));
        server.stubFor(get(urlEqualTo("/api/units/" + UNIT + "/test-specification"))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(Contracts.fixture("catalogue-service", "test-specification-2794-210"))));
    }

    /**
     * The unit as catalogue-service serves it, with the learning outcomes and assessment criteria of unit 210 (5/5/7/6
     * ACs under LO1-LO4) that form assembly covers; catalogue's UnitResourceTest proves the real answer satisfies it.
     */
    public static String unit() {
        return Contracts.fixture("catalogue-service", "unit-2794-210");
    }
}
