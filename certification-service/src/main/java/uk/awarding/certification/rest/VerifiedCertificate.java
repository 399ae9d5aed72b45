package uk.awarding.certification.rest;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.awarding.certification.domain.AchievedUnit;
import uk.awarding.certification.domain.CertificateType;
import uk.awarding.certification.domain.Learner;
import uk.awarding.certification.domain.QualificationDetails;
import uk.awarding.certification.service.CertificateView;

/** What the printed certificate shows, and nothing else: no registration, centre or internal index. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedCertificate(String number, CertificateType type, boolean replacement, String replacementOf,
        String awardingOrganisation, Learner learner, QualificationDetails qualification, List<AchievedUnit> units,
        Integer totalCredits, LocalDate issuedOn) {

    static VerifiedCertificate from(CertificateView c) {
        return new VerifiedCertificate(c.number(), c.type(), c.replacement(), c.replacementOf(),
                c.awardingOrganisation(), c.learner(), c.qualification(), c.units(), c.totalCredits(), c.issuedOn());
    }
}
