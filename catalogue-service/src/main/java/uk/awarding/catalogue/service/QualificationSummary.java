package uk.awarding.catalogue.service;

import uk.awarding.catalogue.domain.Qualification;
import uk.awarding.catalogue.domain.QualificationStatus;

/** A qualification as listed in search results. */
public record QualificationSummary(String id, String qualificationNumber, String title, String awardingOrganisation,
        int level, QualificationStatus status, String specVersion) {

    public static QualificationSummary from(Qualification q) {
        return new QualificationSummary(q.getId(), q.getQualificationNumber(), q.getTitle(), q.getAwardingOrganisation(),
                q.getLevel(), q.getStatus(), q.getSpecVersion());
    }
}
