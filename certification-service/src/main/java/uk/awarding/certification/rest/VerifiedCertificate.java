package uk.awarding.certification.rest;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import uk.awarding.certification.domain.AchievedUnit;
import uk.awarding.certification.domain.CertificateType;
import uk.awarding.certification.domain.QualificationDetails;
import uk.awarding.certification.service.CertificateView;

/**
 * What the printed certificate shows, less what a stranger has no need of: no registration, centre or internal index,
 * and no ULN (a learner's lifelong identifier, personal data that proves nothing the number does not).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerifiedCertificate(String number, CertificateType type, boolean replacement, String replacementOf,
        String awardingOrganisation, Holder learner, QualificationDetails qualification, List<AchievedUnit> units,
        Integer totalCredits, LocalDate issuedOn) {

    /** The holder as named on the certificate. */
    public record Holder(String givenName, String familyName) {
    }

    static VerifiedCertificate from(CertificateView c) {
        return new VerifiedCertificate(c.number(), c.type(), c.replacement(), c.replacementOf(),
                c.awardingOrganisation(), new Holder(c.learner().givenName(), c.learner().familyName()),
                c.qualification(), c.units(), c.totalCredits(), c.issuedOn());
    }
}
