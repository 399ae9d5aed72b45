package uk.awarding.testengine.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import uk.awarding.testengine.domain.SessionAction;
import uk.awarding.testengine.domain.SessionEvent;

@ApplicationScoped
public class SessionEventRepository implements PanacheRepositoryBase<SessionEvent, Long> {

    /** The session's audit, oldest first. */
    public List<SessionEvent> ofSession(String sessionId) {
        return list("sessionId", Sort.by("at").and("id"), sessionId);
    }

    /** Every session's and sitting's audit matching every filter given (null filters are ignored), newest first. */
    public List<SessionEvent> search(AuditFilter filter, Page page) {
        return query(filter).page(page).list();
    }

    public long count(AuditFilter filter) {
        return query(filter).count();
    }

    private PanacheQuery<SessionEvent> query(AuditFilter filter) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.sessionId() != null) {
            where.append(" and sessionId = :session");
            parameters.and("session", filter.sessionId());
        }
        if (filter.registrationId() != null) {
            where.append(" and registrationId = :registration");
            parameters.and("registration", filter.registrationId());
        }
        if (filter.action() != null) {
            where.append(" and action = :action");
            parameters.and("action", filter.action());
        }
        if (filter.actor() != null) {
            where.append(" and actor = :actor");
            parameters.and("actor", filter.actor());
        }
        if (filter.from() != null) {
            where.append(" and at >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.until() != null) {
            where.append(" and at < :until");
            parameters.and("until", filter.until());
        }
        return find(where.toString(), Sort.descending("at", "id"), parameters);
    }

    /** What the audit is searched by; {@code until} is exclusive. */
    public record AuditFilter(String sessionId, String registrationId, SessionAction action, String actor, Instant from,
            Instant until) {
    }
}
