package uk.awarding.registration.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.registration.domain.AuditEvent;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, String> {

    /** Oldest first, id breaking ties, so the history reads as it happened and pages are stable. */
    public ResultPage<AuditEvent> page(String entityId, int page, int size) {
        Sort order = Sort.by("occurredAt").and("id");
        PanacheQuery<AuditEvent> query = entityId == null ? findAll(order) : find("entityId", order, entityId);
        return new ResultPage<>(query.page(Page.of(page, size)).list(), page, size, query.count());
    }
}
