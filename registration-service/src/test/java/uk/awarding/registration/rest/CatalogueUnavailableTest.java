package uk.awarding.registration.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.register;
import static uk.awarding.registration.Api.registrationsOf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.registration.CatalogueStub;
import uk.awarding.registration.TestUlns;

/** catalogue-service failing in each way it can: the answer is a clear 503 and nothing is written. */
@QuarkusTest
class CatalogueUnavailableTest {

    @CatalogueStub.Server
    WireMockServer catalogue;

    @AfterEach
    void catalogueRecovers() {
        CatalogueStub.stubQualifications(catalogue);
    }

    @Test
    void callsTheCatalogueWithThisServicesBearerToken() {
        catalogue.resetRequests();
        register(CENTRE, learner(TestUlns.random())).statusCode(201);
        catalogue.verify(getRequestedFor(urlPathEqualTo("/api/qualifications/" + CatalogueStub.OPEN))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")));
    }

    @Test
    void catalogueDownAnswers503AndWritesNothing() {
        catalogue.stubFor(CatalogueStub.qualificationRequest(CatalogueStub.OPEN)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertUnavailable();
    }

    @Test
    void catalogueErrorAnswers503AndWritesNothing() {
        catalogue.stubFor(CatalogueStub.qualificationRequest(CatalogueStub.OPEN)
                .willReturn(aResponse().withStatus(500)));
        assertUnavailable();
    }

    @Test
    void slowCatalogueAnswers503AndWritesNothing() {
        catalogue.stubFor(CatalogueStub.qualificationRequest(CatalogueStub.OPEN)
                .willReturn(aResponse().withFixedDelay(2_000).withStatus(200)));
        assertUnavailable();
    }

    @Test
    void retriesATransientFailure() {
        catalogue.stubFor(CatalogueStub.qualificationRequest(CatalogueStub.OPEN).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        register(CENTRE, learner(TestUlns.random())).statusCode(201);
    }

    @Test
    void catalogueDownFailsAWholeBatch() {
        catalogue.stubFor(CatalogueStub.qualificationRequest(CatalogueStub.OPEN)
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        Map<String, Object> row = learner(TestUlns.random());
        as(TestTokens.centre(CENTRE)).body(List.of(row)).when().post("/api/registrations/batch").then()
                .statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:catalogue-unavailable"));
        catalogueRecovers();
        assertEquals(0, registrationsOf((String) row.get("uln")));
    }

    private void assertUnavailable() {
        Map<String, Object> body = learner(TestUlns.random());
        register(CENTRE, body).statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:catalogue-unavailable"));
        catalogueRecovers();
        assertEquals(0, registrationsOf((String) body.get("uln")));
    }
}
