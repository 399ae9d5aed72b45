package uk.awarding.catalogue.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import uk.awarding.catalogue.domain.Achievement;
import uk.awarding.catalogue.domain.Qualification;
import uk.awarding.catalogue.domain.TestSpecification;
import uk.awarding.catalogue.domain.Unit;
import uk.awarding.catalogue.repository.QualificationRepository;
import uk.awarding.catalogue.repository.TestSpecificationRepository;
import uk.awarding.catalogue.repository.UnitRepository;
import uk.awarding.platform.persistence.Lookups;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;

/**
 * Reading the catalogue. Not transactional: callers map the entities to views within the request's session.
 */
@ApplicationScoped
public class CatalogueQueries {

    private final QualificationRepository qualifications;
    private final UnitRepository units;
    private final TestSpecificationRepository testSpecifications;

    CatalogueQueries(QualificationRepository qualifications, UnitRepository units,
            TestSpecificationRepository testSpecifications) {
        this.qualifications = qualifications;
        this.units = units;
        this.testSpecifications = testSpecifications;
    }

    public ResultPage<Qualification> search(QualificationRepository.Search search, int page, int size) {
        var query = qualifications.search(search);
        return new ResultPage<>(query.page(page, size).list(), page, size, query.count());
    }

    public List<String> awardingOrganisations() {
        return qualifications.awardingOrganisations();
    }

    public List<Integer> levels() {
        return qualifications.levels();
    }

    public Qualification qualification(String id) {
        return Lookups.byId(qualifications.findByIdOptional(id))
                .orElseThrow(() -> ProblemException.notFound("qualification-not-found",
                        "No such qualification", "There is no qualification with id '" + id + "'."));
    }

    /**
     * The unit with this unit reference, else with this AO unit code. AO codes are unique only within an awarding
     * organisation, so a code shared by several units is a conflict that lists the candidates' unit ids.
     */
    public Unit unit(String unitId) {
        Optional<Unit> byReference = units.findByUnitReference(unitId);
        if (byReference.isPresent()) {
            return byReference.get();
        }
        List<Unit> byCode = units.listByAoUnitCode(unitId);
        if (byCode.isEmpty()) {
            throw ProblemException.notFound("unit-not-found", "No such unit",
                    "There is no unit with unit reference or AO unit code '" + unitId + "'.");
        }
        if (byCode.size() > 1) {
            throw ProblemException.conflict("ambiguous-unit-code", "Several units have this code",
                    "AO unit code '" + unitId + "' belongs to several units: ask again by unit reference.")
                    .with("candidates", byCode.stream().map(Unit::unitId).toList());
        }
        return byCode.get(0);
    }

    public List<String> qualificationIdsContaining(Unit unit) {
        return qualifications.idsContaining(unit);
    }

    public Optional<TestSpecification> testSpecificationOf(Unit unit) {
        return Lookups.byId(testSpecifications.findByIdOptional(unit.getId()));
    }

    /**
     * Evaluates the rules of combination on the achieved units, named by unit id or AO unit code. Ids that name no
     * unit at all are a bad request; units that exist but are not part of the qualification are unprocessable, since
     * counting them silently would hide a registration mistake.
     */
    public Achievement achievement(String qualificationId, List<String> achievedUnitIds) {
        Qualification qualification = qualification(qualificationId);
        List<Unit> ownUnits = qualification.units().toList();
        Set<String> achievedKeys = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        for (String id : new LinkedHashSet<>(achievedUnitIds)) {
            Optional<Unit> own = ownUnits.stream()
                    .filter(u -> id.equals(u.getUnitReference()) || id.equals(u.getAoUnitCode()))
                    .findFirst();
            if (own.isPresent()) {
                achievedKeys.add(own.get().unitId());
            } else if (units.findByUnitReference(id).isPresent() || !units.listByAoUnitCode(id).isEmpty()) {
                foreign.add(id);
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("unknown-units", "Unknown units",
                    "No unit has the reference or AO unit code " + String.join(", ", unknown) + ".")
                    .with("units", unknown);
        }
        if (!foreign.isEmpty()) {
            throw ProblemException.unprocessable("units-not-in-qualification", "Units outside the qualification",
                    "Not part of " + qualificationId + ": " + String.join(", ", foreign) + ".")
                    .with("units", foreign);
        }
        return qualification.rules().evaluate(achievedKeys);
    }
}
