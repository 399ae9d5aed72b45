package uk.awarding.registration.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.ApplyGuard;
import uk.awarding.platform.outbox.DeliveryFailedException;
import uk.awarding.platform.peer.PeerGuards;

/**
 * test-engine-service behind {@link TestEngineApi} and the platform's peer guard, which this service runs without
 * retries ({@code application.properties}): the outbox relay retries with backoff, and test-engine is idempotent by
 * registrationId, so a repeat after a lost reply changes nothing. No 503 here: the relay, not a request, waits for
 * the answer, and records each failure on the message.
 */
@ApplicationScoped
@ApplyGuard(PeerGuards.TEST_ENGINE)
public class TestEngineClient {

    private final TestEngineApi api;

    TestEngineClient(@RestClient TestEngineApi api) {
        this.api = api;
    }

    /** @throws DeliveryFailedException unless test-engine answered 204 (recorded, or recorded before) */
    public void recordWithdrawal(String withdrawalJson) {
        try (var response = api.recordWithdrawal(withdrawalJson)) {
            if (response.getStatus() != 204) {
                throw new DeliveryFailedException("test-engine-service answered " + response.getStatus());
            }
        }
    }
}
