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

    /**
     * Stamps the registration's kept withdrawal ({@link RegistrationWithdrawalRepository#keepFirst}) on every booking of
     * it not stamped yet; returns how many it stamped.
     */
    public int stampWithdrawn(String registrationId) {
        return update("withdrawnAt = (select w.withdrawnAt from RegistrationWithdrawal w where w.registrationId = ?1) "
                + "where registrationId = ?1 and withdrawnAt is null", registrationId);
    }

    public long countOfSession(String sessionId) {
        return count("sessionId", sessionId);
    }
}
