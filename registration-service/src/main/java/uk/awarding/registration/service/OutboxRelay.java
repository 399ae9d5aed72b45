package uk.awarding.registration.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import uk.awarding.platform.outbox.OutboxDelivery;
import uk.awarding.registration.client.TestEngineClient;
import uk.awarding.registration.config.RegistrationConfig;
import uk.awarding.registration.domain.OutboxMessage;
import uk.awarding.registration.repository.OutboxRepository;

/**
 * Delivers withdrawals to test-engine-service until it accepts them, backing off while it is down
 * ({@link OutboxDelivery}): test-engine refuses to book or start a withdrawn registration on what it was told.
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxRepository outbox;
    private final TestEngineClient testEngine;
    private final RegistrationConfig config;
    private final Clock clock;

    OutboxRelay(OutboxRepository outbox, TestEngineClient testEngine, RegistrationConfig config, Clock clock) {
        this.outbox = outbox;
        this.testEngine = testEngine;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "outbox-relay", every = "${registration.outbox.relay-every}", concurrentExecution = ConcurrentExecution.SKIP)
    public void relayDueMessages() {
        OutboxDelivery.deliverDue(outbox.getEntityManager(), OutboxMessage.class, config.outbox(), clock,
                testEngine::recordWithdrawal);
    }
}
