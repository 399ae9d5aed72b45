package uk.awarding.certification.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.ApplyGuard;
import uk.awarding.platform.peer.PeerAnswers;
import uk.awarding.platform.peer.PeerClient;
import uk.awarding.platform.peer.PeerGuards;

/**
 * test-engine-service as certification needs it, behind {@link TestEngineApi} and the platform's peer guard: whether a
 * sitting exists and how it was marked. Down, it is a 503 {@code test-engine-unavailable} and nothing is written.
 */
@ApplicationScoped
@ApplyGuard(PeerGuards.TEST_ENGINE)
@PeerClient
public class TestEngineClient {

    private final TestEngineApi api;

    public TestEngineClient(@RestClient TestEngineApi api) {
        this.api = api;
    }

    /** The marked sitting's result, or empty when the test engine has no marked sitting with that id. */
    public Optional<SittingResultView> unitResult(String sittingId) {
        return PeerAnswers.orEmptyIfNotFound(() -> api.unitResult(sittingId));
    }
}
