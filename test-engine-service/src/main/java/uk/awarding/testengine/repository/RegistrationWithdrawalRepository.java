package uk.awarding.testengine.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.testengine.domain.RegistrationWithdrawal;

@ApplicationScoped
public class RegistrationWithdrawalRepository implements PanacheRepositoryBase<RegistrationWithdrawal, String> {

    /** Whether registration-service has withdrawn the registration (as far as its deliveries have reached us). */
    public boolean isWithdrawn(String registrationId) {
        return count("registrationId", registrationId) > 0;
    }
}
