package uk.awarding.platform.outbox;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One run of a service's outbox relay: the messages due now, each delivered in its own short transaction under a row
 * lock and marked delivered (or failed, with its backoff) in that transaction, so one run or two instances never send
 * a message twice at once. If the peer's reply is lost the message is sent again later: at least once, so the
 * receiver is idempotent. A peer that is down costs each run at most {@link OutboxSettings#batchSize} attempts.
 */
public final class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);

    private OutboxDelivery() {
    }

    /**
     * Delivers the outbox's due messages with {@code send}, which returns once the peer accepted the payload and
     * throws otherwise. Called outside any transaction, typically from the service's {@code @Scheduled} relay.
     */
    public static <M extends OutboxEntry> void deliverDue(EntityManager em, Class<M> type, OutboxSettings settings,
            Clock clock, Consumer<String> send) {
        List<Long> due = QuarkusTransaction.requiringNew()
                .call(() -> OutboxQueries.dueIds(em, type, clock.instant(), settings.batchSize()));
        for (Long id : due) {
            QuarkusTransaction.requiringNew().run(() -> OutboxQueries.undeliveredForUpdate(em, type, id)
                    .filter(message -> !message.attempt(send, clock.instant(), settings.retryBackoff(),
                            settings.maxBackoff()))
                    .ifPresent(message -> LOG.warnf("%s not delivered (attempt %d): %s", message.describe(),
                            message.getAttempts(), message.getLastError())));
        }
    }
}
