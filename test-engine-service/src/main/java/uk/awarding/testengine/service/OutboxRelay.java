package uk.awarding.testengine.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import uk.awarding.platform.outbox.OutboxDelivery;
import uk.awarding.testengine.client.CertificationClient;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.domain.OutboxMessage;
import uk.awarding.testengine.repository.OutboxRepository;

/**
 * Delivers unit results to certification-service until it accepts them, backing off while it is down
 * ({@link OutboxDelivery}); certification is idempotent by sittingId, so a repeat after a lost reply answers 200
 * without recording a second result.
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxRepository outbox;
    private final CertificationClient certification;
    private final TestEngineConfig config;
    private final Clock clock;

    OutboxRelay(OutboxRepository outbox, CertificationClient certification, TestEngineConfig config, Clock clock) {
        this.outbox = outbox;
        this.certification = certification;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "outbox-relay", every = "${test-engine.outbox.relay-every}", concurrentExecution = ConcurrentExecution.SKIP)
    public void relayDueMessages() {
        OutboxDelivery.deliverDue(outbox.getEntityManager(), OutboxMessage.class, config.outbox(), clock,
                certification::recordUnitResult);
    }
}
