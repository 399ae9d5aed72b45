package uk.awarding.registration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import uk.awarding.platform.testing.contract.Contracts;

/**
 * catalogue-service as a WireMock server answering with the documented contract fixture, so this service is
 * tested against what the real catalogue answers. It answers only callers that send a bearer token. The
 * other qualifications are the fixture with the fields a rule looks at changed. Tests inject the server with
 * {@link Server} to make the catalogue fail or to count calls.
 */
public class CatalogueStub implements QuarkusTestResourceLifecycleManager {

    public static final String OPEN = "cg-2794-02";
    /** Open, approved for CEN001 in tests that need a second qualification. */
    public static final String OTHER_OPEN = "ncfe-l2-diploma-customer-service-practitioners";
    public static final String DRAFT = "sfj-l2-cert-customer-service";
    /** Open, minimumAge 19. */
    public static final String ADULT = "proqual-l3-diploma-customer-service";

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        stubQualifications(server);
        return Map.of("quarkus.rest-client.catalogue.url", server.baseUrl());
    }

    /** Restores the normal answers after a test changed them. */
    public static void stubQualifications(WireMockServer server) {
        server.resetAll();
        String fixture = Contracts.fixture("catalogue-service", "qualification-" + OPEN);
        server.stubFor(qualification(OPEN, fixture));
        server.stubFor(
                qualification(OTHER_OPEN, fixture.replace("\"id\": \"" + OPEN + "\"", "\"id\": \"" + OTHER_OPEN + "\"")));
        server.stubFor(qualification(DRAFT, fixture.replace("\"id\": \"" + OPEN + "\"", "\"id\": \"" + DRAFT + "\"")
                .replace("\"status\": \"OPEN\"", "\"status\": \"DRAFT\"")));
        server.stubFor(qualification(ADULT, fixture.replace("\"id\": \"" + OPEN + "\"", "\"id\": \"" + ADULT + "\"")
                .replace("\"minimumAge\": 16", "\"minimumAge\": 19")));
    }

    public static MappingBuilder qualificationRequest(String id) {
        return get(urlPathEqualTo("/api/qualifications/" + id)).withHeader("Authorization", matching("Bearer .+"));
    }

    private static MappingBuilder qualification(String id, String body) {
        return qualificationRequest(id)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
