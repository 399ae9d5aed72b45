package uk.awarding.certification.service;

import java.time.LocalDate;
import java.util.List;

import uk.awarding.certification.domain.AchievedUnit;
import uk.awarding.certification.domain.Certificate;
import uk.awarding.certification.domain.CertificateStatus;
import uk.awarding.certification.domain.CertificateType;
import uk.awarding.certification.domain.Learner;
import uk.awarding.certification.domain.QualificationDetails;

/**
 * A certificate as shown in JSON, HTML, PDF and the verifiable credential: exactly what the printed certificate
 * shows, plus its status. {@code statusListIndex} is its position in the revocation status list.
 */
public record CertificateView(String number, CertificateType type, boolean replacement, String replacementOf,
        CertificateStatus status, String awardingOrganisation, Learner learner, QualificationDetails qualification,
        List<AchievedUnit> units, boolean showsCredits, Integer totalCredits, LocalDate issuedOn,
        String registrationId, String centreNumber, long statusListIndex) {

    /** For templates: a full certificate rather than a certificate of unit credit. */
    public boolean full() {
        return type == CertificateType.FULL;
    }

    public boolean revoked() {
        return status == CertificateStatus.REVOKED;
    }

    public static CertificateView from(Certificate c) {
        List<AchievedUnit> units = c.achievedUnits();
        Integer totalCredits = c.showsCredits()
                ? units.stream().mapToInt(u -> u.credits() != null ? u.credits() : 0).sum()
                : null;
        return new CertificateView(c.getNumber(), c.getType(), c.isReplacement(), c.getReplacementOfNumber(),
                c.getStatus(), c.qualification().awardingOrganisation(), c.learner(), c.qualification(), units,
                c.showsCredits(), totalCredits, c.getIssuedOn(), c.getRegistrationId(), c.getCentreNumber(), c.getId());
    }
}
