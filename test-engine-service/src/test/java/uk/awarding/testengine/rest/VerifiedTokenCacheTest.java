package uk.awarding.testengine.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.testengine.Candidates.newUln;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;

/**
 * Each bearer token is verified once and then answered from platform-commons' verified-token cache, which lets through
 * exactly what a fresh verification would: never a token that failed, and nothing kept once the signing keys are
 * fetched again.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    MeterRegistry registry;

    @Test
    void aTokenIsVerifiedOnceAndThenAnsweredFromTheCache() {
        String token = TestTokens.candidate(newUln());
        double hits = count("hit");
        double misses = count("miss");

        reachesTheApi(token);
        reachesTheApi(token);
        reachesTheApi(token);

        assertEquals(misses + 1, count("miss"), "verified once");
        assertEquals(hits + 2, count("hit"), "then answered from the cache");
    }

    @Test
    void aTamperedCopyOfAKeptTokenIsRefused() {
        String token = TestTokens.candidate(newUln());
        reachesTheApi(token);
        reachesTheApi(token);

        isRefused(TestTokens.tampered(token));
        isRefused(TestTokens.tampered(token));
    }

    @Test
    void aTokenThatFailedIsRefusedEveryTime() {
        String uln = newUln();
        String idToken = TestTokens.idToken("candidate-" + uln, Set.of("candidate"), Map.of("uln", uln));
        String expired = TestTokens.expired("candidate-" + uln, Set.of("candidate"));
        String otherAudience = TestTokens.forAudience("another-api", "candidate-" + uln, Set.of("candidate"));
        double hits = count("hit");

        for (int i = 0; i < 2; i++) {
            isRefused(idToken);
            isRefused(expired);
            isRefused(otherAudience);
        }
        assertEquals(hits, count("hit"), "nothing that failed was answered from the cache");
    }

    @Test
    void aTokenKeptForOneRoleGrantsNoOther() {
        String token = TestTokens.candidate(newUln());
        reachesTheApi(token);

        given().auth().oauth2(token).when().get("/api/items").then().statusCode(403);
    }

    @Test
    void whenTheSigningKeysAreFetchedAgainEveryTokenIsVerifiedAfresh() {
        String token = TestTokens.candidate(newUln());
        reachesTheApi(token);
        double misses = count("miss");

        // A token signed by a key the service does not know makes quarkus-oidc fetch the provider's keys again.
        isRefused(TestTokens.signedByUnknownKey("candidate-" + newUln(), Set.of("candidate")));
        reachesTheApi(token);

        assertEquals(misses + 2, count("miss"), "the kept token was verified again with the keys fetched");
    }

    private double count(String result) {
        return registry.counter("platform.verified.tokens", "result", result).count();
    }

    /** Past authentication and the role check, to the 404 of a sitting nobody started. */
    private static void reachesTheApi(String token) {
        given().auth().oauth2(token).when().get("/api/sittings/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static void isRefused(String token) {
        given().auth().oauth2(token).when().get("/api/sittings/" + UUID.randomUUID()).then().statusCode(401);
    }
}
