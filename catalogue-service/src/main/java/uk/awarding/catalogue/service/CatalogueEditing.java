package uk.awarding.catalogue.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import uk.awarding.catalogue.domain.AssessmentMethod;
import uk.awarding.catalogue.domain.Qualification;
import uk.awarding.catalogue.domain.Unit;
import uk.awarding.catalogue.repository.QualificationRepository;
import uk.awarding.platform.problem.ProblemException;

/**
 * Changes by awarding-organisation staff. Every change names the version it was based on: a change based on an
 * older version is refused ({@code stale-version}) rather than silently overwriting someone else's edit.
 */
@ApplicationScoped
public class CatalogueEditing {

    private static final Logger LOG = Logger.getLogger(CatalogueEditing.class);

    private final CatalogueQueries queries;
    private final QualificationRepository qualifications;

    CatalogueEditing(CatalogueQueries queries, QualificationRepository qualifications) {
        this.queries = queries;
        this.qualifications = qualifications;
    }

    /** The editable description of a unit. */
    public record UnitChange(String aoUnitCode, String title, int level, Integer glh, Integer credits,
            AssessmentMethod assessmentMethod, boolean knowledgeOnly, String aim) {
    }

    @Transactional
    public void amendQualification(String id, long basedOnVersion, Qualification.Facts facts, String editor) {
        Qualification qualification = queries.qualification(id);
        requireVersion(qualification.getVersion(), basedOnVersion);
        if (facts.qualificationNumber() != null && qualifications.find("qualificationNumber = ?1 and id <> ?2",
                facts.qualificationNumber(), id).count() > 0) {
            throw ProblemException.conflict("qualification-number-taken", "Qualification number in use",
                    "Another qualification has number " + facts.qualificationNumber() + ".");
        }
        qualification.describe(facts);
        LOG.infof("Qualification %s amended by %s", id, editor);
    }

    /** Publishes a new specification version of the qualification (C&G's handbook went 1.1, 1.2, 1.3). */
    @Transactional
    public void publishSpecVersion(String id, long basedOnVersion, String specVersion, String sourceDocument,
            String editor) {
        Qualification qualification = queries.qualification(id);
        requireVersion(qualification.getVersion(), basedOnVersion);
        if (specVersion.equals(qualification.getSpecVersion())) {
            throw ProblemException.conflict("spec-version-exists", "This specification version is current",
                    id + " is already at specification version " + specVersion + ".");
        }
        Qualification.Facts now = qualification.facts();
        qualification.describe(new Qualification.Facts(now.qualificationNumber(), now.title(), now.awardingOrganisation(),
                now.level(), now.glhMin(), now.glhMax(), now.tqt(), now.credits(), now.minimumAge(), now.grading(),
                now.status(), specVersion, sourceDocument != null ? sourceDocument : now.sourceDocument()));
        LOG.infof("Qualification %s moved to specification version %s by %s", id, specVersion, editor);
    }

    /** Amends a unit; returns its unit id, which changes only if the AO code of a unit without reference changes. */
    @Transactional
    public String amendUnit(String unitId, long basedOnVersion, UnitChange change, String editor) {
        Unit unit = queries.unit(unitId);
        requireVersion(unit.getVersion(), basedOnVersion);
        if (unit.getUnitReference() == null && change.aoUnitCode() == null) {
            throw ProblemException.unprocessable("unit-needs-identity", "A unit needs a unit reference or AO code",
                    "Unit " + unitId + " has no unit reference, so its aoUnitCode cannot be removed.");
        }
        unit.describe(change.aoUnitCode(), change.title(), change.level(), change.glh(), change.credits(),
                change.assessmentMethod(), change.knowledgeOnly(), change.aim());
        LOG.infof("Unit %s amended by %s", unitId, editor);
        return unit.unitId();
    }

    private static void requireVersion(long current, long basedOn) {
        if (current != basedOn) {
            throw new OptimisticLockException("Based on version " + basedOn + ", current is " + current);
        }
    }
}
