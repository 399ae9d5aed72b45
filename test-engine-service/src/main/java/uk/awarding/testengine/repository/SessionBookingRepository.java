package uk.awarding.testengine.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import uk.awarding.testengine.domain.SessionBooking;

@ApplicationScoped
public class SessionBookingRepository implements PanacheRepositoryBase<SessionBooking, Long> {

    public List<SessionBooking> ofSession(String sessionId) {
        return list("sessionId", Sort.by("candidateName").and("registrationId"), sessionId);
    }

    public Optional<SessionBooking> find(String sessionId, String registrationId) {
        return find("sessionId = ?1 and registrationId = ?2", sessionId, registrationId).firstResultOptional();
    }

    public long countOfSession(String sessionId) {
        return count("sessionId", sessionId);
    }
}
