package uk.awarding.registration.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.registration.domain.Centre;

@ApplicationScoped
public class CentreRepository implements PanacheRepositoryBase<Centre, String> {
}
