package uk.awarding.testengine.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.testengine.Candidates.newUln;
import static uk.awarding.testengine.Candidates.start;
import static uk.awarding.testengine.Candidates.unbookedRegistration;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import uk.awarding.platform.testing.FewWorkerThreads;

/**
 * Exam day: more candidates start at once than the service has worker threads, while its own access token for the
 * peers expires and is renewed. Starts used to call registration-service and catalogue-service on worker threads, and
 * the REST client ran Micrometer's response filter on a worker thread too; with every worker waiting for a peer, none
 * was left to finish any call and the service stopped answering for good (issue 8's start stall, load-tests/RESULTS.md).
 * A start now waits for its peers without holding a worker thread. Starts in an open session ask no peer, so the
 * candidates here are booked on none: each start asks both peers and is then refused (409, no open session).
 */
@QuarkusTest
@TestProfile(FewWorkerThreads.class)
class StartUnderFullLoadTest {

    @OidcWireMock
    WireMockServer identityProvider;

    private StubMapping shortLivedTokens;

    @AfterEach
    void longLivedTokensAgain() {
        identityProvider.removeStub(shortLivedTokens);
    }

    @Test
    void everyStartIsAnsweredWhenMoreCandidatesStartThanThereAreWorkerThreads() throws Exception {
        // Tokens for the peers that live two seconds, so several renewals fall inside the test.
        shortLivedTokens = identityProvider.stubFor(post(urlPathEqualTo("/auth/realms/quarkus/token")).atPriority(1)
                .willReturn(okJson("{\"access_token\":\"short-lived\",\"token_type\":\"Bearer\",\"expires_in\":2}")));
        String first = newUln();
        assertEquals(409, start(first, unbookedRegistration(first)).statusCode());

        for (int round = 0; round < 4; round++) {
            Thread.sleep(1_500); // past the next renewal or expiry of the token
            List<Integer> statuses = FewWorkerThreads.burst(() -> {
                String uln = newUln();
                return start(uln, unbookedRegistration(uln)).statusCode();
            });
            assertEquals(List.of(409), statuses.stream().distinct().toList(), "round " + round);
        }
        assertTrue(identityProvider.countRequestsMatching(postRequestedFor(urlPathEqualTo("/auth/realms/quarkus/token"))
                .build()).getCount() >= 3, "the service token was renewed during the rounds");
    }
}
