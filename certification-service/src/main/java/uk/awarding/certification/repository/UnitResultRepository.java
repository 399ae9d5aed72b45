package uk.awarding.certification.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import uk.awarding.certification.domain.UnitResult;

@ApplicationScoped
public class UnitResultRepository implements PanacheRepositoryBase<UnitResult, String> {

    public Optional<UnitResult> findBySitting(String sittingId) {
        return find("sittingId", sittingId).firstResultOptional();
    }

    /** Every result of the registration, corrections included, oldest first. */
    public List<UnitResult> findByRegistration(String registrationId) {
        return list("registrationId = ?1 order by recordedAt, id", registrationId);
    }

    /** The results not corrected since: what a claim is decided on. */
    public List<UnitResult> findCurrentByRegistration(String registrationId) {
        return list("registrationId = ?1 and supersededById is null order by recordedAt, id", registrationId);
    }

    public Optional<UnitResult> findCurrent(String registrationId, String unitId) {
        return find("registrationId = ?1 and unitId = ?2 and supersededById is null", registrationId, unitId)
                .firstResultOptional();
    }
}
