package uk.awarding.testengine.client;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import uk.awarding.testengine.PeerStubs;

/** A unit the catalogue has is asked for once while it is kept; a unit it does not have is asked for every time. */
@QuarkusTest
@TestProfile(CatalogueCacheTest.KeptForAMinute.class)
class CatalogueCacheTest {

    /** The production time to live (the other tests keep nothing, so that each stubs the catalogue as it needs). */
    public static class KeptForAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("test-engine.catalogue-cache-ttl", "60s");
        }
    }

    @Inject
    CatalogueCache cache;

    @Test
    void aUnitTheCatalogueHasIsAskedForOnce() {
        String unitId = "2794-601";
        PeerStubs.portfolioUnit(unitId);

        assertTrue(cache.unit(unitId).await().atMost(Duration.ofSeconds(10)).isPresent());
        assertTrue(cache.unit(unitId).await().atMost(Duration.ofSeconds(10)).isPresent());

        assertEquals(1, asked("/api/units/" + unitId));
    }

    @Test
    void aUnitTheCatalogueDoesNotHaveIsAskedForAgain() {
        String unitId = "2794-602";
        PeerStubs.unknownUnit(unitId);
        assertTrue(cache.unit(unitId).await().atMost(Duration.ofSeconds(10)).isEmpty());

        PeerStubs.portfolioUnit(unitId);
        assertTrue(cache.unit(unitId).await().atMost(Duration.ofSeconds(10)).isPresent(), "published since");

        assertEquals(2, asked("/api/units/" + unitId));
    }

    @Test
    void aMissingTestSpecificationIsAskedForAgain() {
        String unitId = "2794-603";
        PeerStubs.portfolioUnit(unitId);

        assertTrue(cache.testSpecification(unitId).await().atMost(Duration.ofSeconds(10)).isEmpty());
        assertTrue(cache.testSpecification(unitId).await().atMost(Duration.ofSeconds(10)).isEmpty());

        assertEquals(2, asked("/api/units/" + unitId + "/test-specification"));
    }

    private static int asked(String path) {
        return PeerStubs.server().countRequestsMatching(getRequestedFor(urlEqualTo(path)).build()).getCount();
    }
}
