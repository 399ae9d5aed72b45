package uk.awarding.testengine.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.testengine.domain.OutboxMessage;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {

    public List<Long> dueIds(Instant now, int limit) {
        return getEntityManager().createQuery(
                "select m.id from OutboxMessage m where m.deliveredAt is null and m.nextAttemptAt <= ?1 order by m.nextAttemptAt",
                Long.class).setParameter(1, now).setMaxResults(limit).getResultList();
    }

    /** Locks the message so two relays (two instances) never deliver it at the same time. */
    public Optional<OutboxMessage> findUndeliveredForUpdate(Long id) {
        return find("id = ?1 and deliveredAt is null", id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
