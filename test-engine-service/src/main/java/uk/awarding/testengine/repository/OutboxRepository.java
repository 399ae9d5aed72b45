package uk.awarding.testengine.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.testengine.domain.OutboxMessage;

/** Unit results waiting for certification-service; platform-commons' OutboxDelivery reads and relays them. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {
}
