package uk.awarding.certification.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.certification.domain.Claim;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, String> {

    public Optional<Claim> findByRegistration(String registrationId) {
        return find("registrationId", registrationId).firstResultOptional();
    }
}
