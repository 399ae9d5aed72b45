package uk.awarding.testengine.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.testengine.Candidates.activeRegistration;
import static uk.awarding.testengine.Candidates.newUln;
import static uk.awarding.testengine.Candidates.start;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * Exam day: more candidates start at once than the service has worker threads, while its own access token for the
 * peers expires and is renewed. Starts used to call registration-service and catalogue-service on worker threads, and
 * the Quarkus REST client finishes some calls on a worker thread itself; with every worker waiting for a peer, none
 * was left to finish any call and the service stopped answering for good (issue 8's start stall, load-tests/RESULTS.md).
 * A start now waits for its peers without holding a worker thread.
 */
@QuarkusTest
@TestProfile(StartUnderFullLoadTest.FewWorkers.class)
class StartUnderFullLoadTest {

    private static final int WORKERS = 4;
    private static final int CONCURRENT_STARTS = 4 * WORKERS;

    /** A small worker pool, so a handful of concurrent starts occupies all of it as a thousand do in production. */
    public static class FewWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.thread-pool.max-threads", String.valueOf(WORKERS));
        }
    }

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
        assertEquals(201, start(first, activeRegistration(first)).statusCode());

        ExecutorService candidates = Executors.newFixedThreadPool(CONCURRENT_STARTS);
        try {
            for (int round = 0; round < 4; round++) {
                Thread.sleep(1_500); // past the next renewal or expiry of the token
                List<CompletableFuture<Integer>> starts = IntStream.range(0, CONCURRENT_STARTS)
                        .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                            String uln = newUln();
                            return start(uln, activeRegistration(uln)).statusCode();
                        }, candidates)).toList();
                // Generous: a stalled service never answers at all; a live one answers these in well under a second.
                CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                assertEquals(List.of(201), starts.stream().map(CompletableFuture::join).distinct().toList(),
                        "round " + round);
            }
        } finally {
            candidates.shutdownNow();
        }
        assertTrue(identityProvider.countRequestsMatching(postRequestedFor(urlPathEqualTo("/auth/realms/quarkus/token"))
                .build()).getCount() >= 3, "the service token was renewed during the rounds");
    }
}
