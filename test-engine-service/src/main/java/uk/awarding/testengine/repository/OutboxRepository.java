package uk.awarding.testengine.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.platform.outbox.OutboxQueries;
import uk.awarding.testengine.domain.OutboxMessage;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {

    public List<Long> dueIds(Instant now, int limit) {
        return OutboxQueries.dueIds(getEntityManager(), OutboxMessage.class, now, limit);
    }

    public Optional<OutboxMessage> findUndeliveredForUpdate(Long id) {
        return OutboxQueries.undeliveredForUpdate(getEntityManager(), OutboxMessage.class, id);
    }
}
