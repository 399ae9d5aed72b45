package uk.awarding.catalogue.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.catalogue.domain.TestSpecification;

/** Test specifications, keyed by the id of the unit they examine. */
@ApplicationScoped
public class TestSpecificationRepository implements PanacheRepositoryBase<TestSpecification, Long> {
}
