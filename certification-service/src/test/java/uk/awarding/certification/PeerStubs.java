package uk.awarding.certification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.awarding.platform.testing.contract.Contracts;

/**
 * registration-service, catalogue-service and test-engine-service as WireMock stubs. cg-2794-02 is served from the contract fixtures
 * the providers' own tests verify; the other four seed qualifications are stubs of the same shape, built from
 * the seed notes (src/test/resources/peers). Every stub answers only a request carrying a bearer token; anything
 * else gets 401, so a missing service token fails the test.
 */
public class PeerStubs implements QuarkusTestResourceLifecycleManager {

    public static final String SHORTFALL = "Achieve one more optional unit";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(401)));
        for (SeedQualification q : SeedQualification.values()) {
            stubQualification(q);
        }
        // test-engine-service answers a sitting it has not marked with 404.
        server.stubFor(get(urlPathMatching("/api/sittings/[^/]+/unit-result")).atPriority(9)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:awarding:problem:sitting-not-found\",\"status\":404}")));
        String url = server.baseUrl();
        return Map.of("quarkus.rest-client.registration.url", url, "quarkus.rest-client.catalogue.url", url,
                "quarkus.rest-client.test-engine.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** The registration fixture, owned by {@code centreNumber}, on {@code qualificationId}. */
    public static void registration(String registrationId, String centreNumber, String qualificationId) {
        registration(registrationId, centreNumber, qualificationId, "ACTIVE");
    }

    /** The same, in the given status (e.g. {@code WITHDRAWN}). */
    public static void registration(String registrationId, String centreNumber, String qualificationId,
            String status) {
        registration(registrationId, centreNumber, qualificationId, status, Map.of());
    }

    /** The registration fixture with some of its fields replaced, e.g. the learner's names. */
    public static void registration(String registrationId, String centreNumber, String qualificationId, String status,
            Map<String, String> fields) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(Contracts.fixture("registration-service",
                    "registration-cg-2794-02",
                    Map.of("registrationId", registrationId, "registeredAt", "2026-09-01T09:00:00Z")));
            body.put("centreNumber", centreNumber).put("qualificationId", qualificationId).put("status", status);
            fields.forEach(body::put);
            server.stubFor(get(urlEqualTo("/api/registrations/" + registrationId))
                    .withHeader("Authorization", matching("Bearer .+"))
                    .willReturn(okJson(body.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * test-engine-service's marked sitting (contracts/test-engine-service/sitting-unit-result.json) with this
     * registration, mark and date, on unit 2794-210.
     */
    public static void sitting(String sittingId, String registrationId, int score, int passMark, String achievedOn) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(Contracts.fixture("test-engine-service", "sitting-unit-result",
                    Map.of("registrationId", registrationId, "sittingId", sittingId, "achievedOn", achievedOn)));
            body.put("score", score).put("passMark", passMark);
            server.stubFor(get(urlEqualTo("/api/sittings/" + sittingId + "/unit-result"))
                    .withHeader("Authorization", matching("Bearer .+"))
                    .willReturn(okJson(body.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** registration-service down for this registration: the connection is reset. */
    public static void registrationDown(String registrationId) {
        server.stubFor(get(urlEqualTo("/api/registrations/" + registrationId)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** test-engine-service down for this sitting: the connection is reset. */
    public static void testEngineDown(String sittingId) {
        server.stubFor(get(urlEqualTo("/api/sittings/" + sittingId + "/unit-result")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** catalogue-service's achievement check failing with 503 for this qualification. */
    public static void achievementDown(String qualificationId) {
        server.stubFor(post(urlEqualTo("/api/qualifications/" + qualificationId + "/achievement")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    }

    /**
     * The qualification, and its achievement check: the qualification's achieving unit set answers the
     * "achieved" fixture, any other set the "missing-optional" one with {@link #SHORTFALL}.
     */
    private static void stubQualification(SeedQualification q) {
        String path = "/api/qualifications/" + q.id;
        server.stubFor(get(urlEqualTo(path)).withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(q.json())));
        server.stubFor(post(urlEqualTo(path + "/achievement")).atPriority(5)
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(Contracts.fixture("catalogue-service", "achievement-cg-2794-02-missing-optional",
                        Map.of("shortfall", SHORTFALL)))));
        server.stubFor(post(urlEqualTo(path + "/achievement")).atPriority(2)
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson(units(q.achievingUnits), true, false))
                .willReturn(okJson(Contracts.fixture("catalogue-service", "achievement-cg-2794-02-achieved"))));
    }

    private static String units(List<String> unitIds) {
        return JSON.createObjectNode().set("units", JSON.valueToTree(unitIds)).toString();
    }

    /** The five seed qualifications, each with a set of units that meets its rules of combination. */
    public enum SeedQualification {
        CG_2794_02("cg-2794-02", List.of("2794-201", "2794-202", "2794-203", "2794-204", "2794-205", "2794-206",
                "2794-210")),
        SFJ_L2_CS("sfj-l2-cs", List.of("A/506/2130", "F/506/2131", "SFJ-3", "L/506/1788", "A/506/2158",
                "T/506/2160", "K/506/2978")),
        PROQUAL_L3_CS("proqual-l3-cs", List.of("L/506/2150", "Y/506/2152", "K/506/2169", "D/506/1942",
                "T/506/2952", "J/506/2910", "Y/506/2166", "D/506/2170", "K/506/2172", "K/503/0418", "T/506/1820")),
        NCFE_L2_CSP("ncfe-l2-csp", List.of("F/618/0495", "J/618/0496", "L/618/0497", "R/618/0498", "Y/618/0499",
                "F/618/0500")),
        EDI_L2_NVQ_CS("edi-l2-nvq-cs", List.of("CU791", "CU792", "CU803", "CU806", "CU815", "CU825"));

        public final String id;
        public final List<String> achievingUnits;

        SeedQualification(String id, List<String> achievingUnits) {
            this.id = id;
            this.achievingUnits = achievingUnits;
        }

        public String json() {
            if (this == CG_2794_02) {
                return Contracts.fixture("catalogue-service", "qualification-cg-2794-02");
            }
            try (InputStream in = PeerStubs.class.getResourceAsStream("/peers/qualification-" + id + ".json")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
