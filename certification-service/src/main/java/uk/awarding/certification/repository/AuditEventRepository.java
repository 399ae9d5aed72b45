package uk.awarding.certification.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import uk.awarding.certification.domain.AuditEvent;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {
}
