package uk.awarding.registration.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.registration.domain.Learner;

@ApplicationScoped
public class LearnerRepository implements PanacheRepositoryBase<Learner, String> {

    public List<Learner> findByUlns(Collection<String> ulns) {
        return list("uln in ?1", ulns);
    }
}
