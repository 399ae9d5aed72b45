package uk.awarding.testengine.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import uk.awarding.testengine.domain.SessionEvent;

@ApplicationScoped
public class SessionEventRepository implements PanacheRepositoryBase<SessionEvent, Long> {

    /** The session's audit, oldest first. */
    public List<SessionEvent> ofSession(String sessionId) {
        return list("sessionId", Sort.by("at").and("id"), sessionId);
    }
}
