package uk.awarding.testengine.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.ApplyGuard;
import uk.awarding.platform.outbox.DeliveryFailedException;
import uk.awarding.platform.peer.PeerGuards;

/**
 * certification-service behind {@link CertificationApi} and the platform's peer guard, which this service runs without
 * retries ({@code application.properties}): the outbox relay retries with backoff, and the receiver is idempotent by
 * sittingId, so a repeat after a lost reply records nothing twice. No 503 here: the relay, not a request, waits for
 * the answer, and records each failure on the message.
 */
@ApplicationScoped
@ApplyGuard(PeerGuards.CERTIFICATION)
public class CertificationClient {

    private final CertificationApi api;

    CertificationClient(@RestClient CertificationApi api) {
        this.api = api;
    }

    /** @throws DeliveryFailedException unless certification answered 201 (recorded) or 200 (already recorded) */
    public void recordUnitResult(String unitResultJson) {
        try (var response = api.record(unitResultJson)) {
            if (response.getStatus() != 201 && response.getStatus() != 200) {
                throw new DeliveryFailedException("certification-service answered " + response.getStatus());
            }
        }
    }
}
