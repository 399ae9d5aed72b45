package uk.awarding.catalogue.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import uk.awarding.catalogue.domain.Unit;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {

    public Optional<Unit> findByUnitReference(String unitReference) {
        return find("unitReference", unitReference).firstResultOptional();
    }

    /** Every unit with that AO unit code: codes are only unique within one awarding organisation. */
    public List<Unit> listByAoUnitCode(String aoUnitCode) {
        return list("aoUnitCode = ?1 order by id", aoUnitCode);
    }

    /** The unit a data file means by this key: its unit reference, else an AO code of a unit without one. */
    public Optional<Unit> findByDataKey(String unitReference, String aoUnitCode) {
        return unitReference != null ? findByUnitReference(unitReference)
                : find("unitReference is null and aoUnitCode = ?1", aoUnitCode).firstResultOptional();
    }
}
