package uk.awarding.registration.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.registration.domain.OutboxMessage;

/** Withdrawals waiting for test-engine-service; platform-commons' OutboxDelivery reads and relays them. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {
}
