package uk.awarding.testengine.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import uk.awarding.platform.testing.contract.Contracts;
import uk.awarding.testengine.PeerStubs;

/** registration-service's list of a candidate's registrations, answered only for that candidate's own token. */
final class CandidatePagesStubs {

    private CandidatePagesStubs() {
    }

    static void activeRegistrations(String uln, String candidateToken, String registrationId) {
        String registration = Contracts.fixture("registration-service", "registration-cg-2794-02",
                Map.of("registrationId", registrationId, "registeredAt", "2026-09-01T09:00:00Z"))
                .replace("\"9276308686\"", "\"" + uln + "\"");
        PeerStubs.server().stubFor(get(urlPathEqualTo("/api/registrations"))
                .withQueryParam("status", equalTo("ACTIVE"))
                .withHeader("Authorization", equalTo("Bearer " + candidateToken))
                .willReturn(okJson("{\"items\":[" + registration + "],\"page\":0,\"size\":100,\"total\":1}")));
    }
}
