package uk.awarding.testengine.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * certification-service behind {@link CertificationApi}, with a timeout and a circuit breaker. No retry here: the
 * outbox relay retries with backoff, and the receiver is idempotent by sittingId, so a repeat after a lost reply
 * records nothing twice.
 */
@ApplicationScoped
public class CertificationClient {

    private final CertificationApi api;

    CertificationClient(@RestClient CertificationApi api) {
        this.api = api;
    }

    /** @throws DeliveryFailedException unless certification answered 201 (recorded) or 200 (already recorded) */
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 10)
    public void recordUnitResult(String unitResultJson) {
        try (var response = api.record(unitResultJson)) {
            if (response.getStatus() != 201 && response.getStatus() != 200) {
                throw new DeliveryFailedException("certification-service answered " + response.getStatus());
            }
        }
    }

    public static class DeliveryFailedException extends RuntimeException {
        public DeliveryFailedException(String message) {
            super(message);
        }
    }
}
