package uk.awarding.testengine.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import uk.awarding.testengine.client.CertificationClient;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.repository.OutboxRepository;

/**
 * Delivers outbox messages to certification-service until it accepts them, backing off while it is down. Each
 * message is delivered under a row lock and marked delivered in the same transaction, so one relay run (or two
 * instances) never sends it twice; if the reply is lost the message is sent again and the receiver, idempotent by
 * sittingId, answers 200 without recording a second result.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

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
        for (Long id : dueIds()) {
            deliver(id);
        }
    }

    @Transactional
    List<Long> dueIds() {
        return outbox.dueIds(clock.instant(), config.outbox().batchSize());
    }

    @Transactional
    void deliver(Long id) {
        outbox.findUndeliveredForUpdate(id).ifPresent(message -> {
            if (!message.attempt(certification::recordUnitResult, clock.instant(), config.outbox().retryBackoff(),
                    config.outbox().maxBackoff())) {
                LOG.warnf("Unit result of sitting %s not delivered (attempt %d): %s", message.getSittingId(),
                        message.getAttempts(), message.getLastError());
            }
        });
    }
}
