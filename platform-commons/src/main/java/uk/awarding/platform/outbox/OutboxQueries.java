package uk.awarding.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** {@link OutboxDelivery}'s reads of a service's outbox, for any {@link OutboxEntry} entity. */
final class OutboxQueries {

    private OutboxQueries() {
    }

    /** The undelivered messages whose next attempt is due, longest waiting first, at most {@code limit}. */
    static List<Long> dueIds(EntityManager em, Class<? extends OutboxEntry> type, Instant now, int limit) {
        return em.createQuery("select m.id from " + em.getMetamodel().entity(type).getName()
                + " m where m.deliveredAt is null and m.nextAttemptAt <= ?1 order by m.nextAttemptAt", Long.class)
                .setParameter(1, now).setMaxResults(limit).getResultList();
    }

    /**
     * The message if it is still undelivered, locked until the transaction ends, so two relays (two instances) never
     * deliver it at the same time, and one that delivered it first is seen.
     */
    static <M extends OutboxEntry> Optional<M> undeliveredForUpdate(EntityManager em, Class<M> type, Long id) {
        return em.createQuery("select m from " + em.getMetamodel().entity(type).getName()
                + " m where m.id = ?1 and m.deliveredAt is null", type).setParameter(1, id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }
}
