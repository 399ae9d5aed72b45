package uk.awarding.testengine.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.platform.persistence.Lookups;
import uk.awarding.testengine.domain.RegistrationWithdrawal;

@ApplicationScoped
public class RegistrationWithdrawalRepository implements PanacheRepositoryBase<RegistrationWithdrawal, String> {

    /**
     * Keeps the registration's first withdrawal delivered; a repeat, even one arriving at the same moment, keeps the
     * first and changes nothing. One statement, so two deliveries cannot both find the row missing and race to insert.
     */
    public void keepFirst(String registrationId, Instant withdrawnAt) {
        getEntityManager().createNativeQuery("INSERT INTO registration_withdrawal (registration_id, withdrawn_at) "
                + "VALUES (?1, ?2) ON DUPLICATE KEY UPDATE registration_id = registration_id")
                .setParameter(1, registrationId).setParameter(2, withdrawnAt).executeUpdate();
    }

    /** Whether registration-service has withdrawn the registration (as far as its deliveries have reached us). */
    public boolean isWithdrawn(String registrationId) {
        // A find by id: Panache builds a count as a new query, which Hibernate translates to SQL again on every call.
        return Lookups.byId(findByIdOptional(registrationId)).isPresent();
    }
}
