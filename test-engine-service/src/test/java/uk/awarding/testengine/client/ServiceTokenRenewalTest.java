package uk.awarding.testengine.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.testengine.Candidates.newUln;
import static uk.awarding.testengine.Candidates.start;
import static uk.awarding.testengine.Candidates.unbookedRegistration;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.UrlPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import uk.awarding.testengine.PeerStubs;

/**
 * The service token is renewed while it still has 30 s to live, not once this service reckons it has expired: that
 * reckoning runs a second or so past the token's own expiry, and in that gap every retry of a peer call got a 401;
 * on exam day enough of them opened the circuit breaker (load-tests/RESULTS.md, "The exam-day burst").
 */
@QuarkusTest
@TestProfile(ServiceTokenRenewalTest.OwnTokenEndpoint.class)
class ServiceTokenRenewalTest {

    private static final String TOKEN_PATH = "/auth/realms/quarkus/renewal-token";
    private static final UrlPattern REGISTRATIONS = urlPathMatching("/api/registrations/.*");

    /** A token endpoint of this test's own, first asked at this test's first peer call (not at start-up). */
    public static class OwnTokenEndpoint implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc-client.token-path", "renewal-token",
                    "quarkus.oidc-client.early-tokens-acquisition", "false");
        }
    }

    @OidcWireMock
    WireMockServer identityProvider;

    @Test
    void aTokenWithUnder30SecondsLeftIsRenewedBeforeTheNextPeerCall() throws Exception {
        // The first token lives 36 s. Expiry is reckoned in whole seconds, so over 30 s are left for at least 6 s after
        // it arrives, and none from 7 s on.
        identityProvider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("renewal").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"access_token\":\"first\",\"token_type\":\"Bearer\",\"expires_in\":36}"))
                .willSetStateTo("renewed"));
        identityProvider.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("renewal").whenScenarioStateIs("renewed")
                .willReturn(okJson("{\"access_token\":\"second\",\"token_type\":\"Bearer\",\"expires_in\":300}")));

        // Registered first (no peer call), so that the two starts follow each other within the 6 s. Booked on no
        // session, each start asks registration-service and catalogue-service, and is then refused (409).
        String uln = newUln();
        String registration = unbookedRegistration(uln);
        String another = newUln();
        String anotherRegistration = unbookedRegistration(another);
        String late = newUln();
        String lateRegistration = unbookedRegistration(late);
        assertEquals(409, start(uln, registration).statusCode());
        assertEquals(409, start(another, anotherRegistration).statusCode());
        assertEquals(1, tokenRequests(), "a token with over 30 s left is reused");

        Thread.sleep(7_000);
        assertEquals(409, start(late, lateRegistration).statusCode());
        assertEquals(2, tokenRequests(), "a token with under 30 s left is renewed, although it has not expired");
        assertEquals(1, PeerStubs.server().countRequestsMatching(getRequestedFor(REGISTRATIONS)
                .withHeader("Authorization", equalTo("Bearer second")).build()).getCount(),
                "registration-service was called with the renewed token");
    }

    private int tokenRequests() {
        return identityProvider.countRequestsMatching(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).build()).getCount();
    }
}
