package uk.awarding.certification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.awarding.platform.problem.ProblemException;

/**
 * A certificate as issued: what the regulator requires it to show (awarding organisation, learner name and ULN,
 * qualification title, number and level, units achieved with credits, issue date, a unique number), copied at
 * issue so it never changes afterwards. A replacement is a new certificate with its own number, marked as such
 * and linked to the original ("Replacement certificates are labelled as such", ProQual spec); the original
 * stays valid because both certify the same achievement. Revocation withdraws the achievement, so it applies
 * to the original and every replacement of it.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "claim_id")
    private String claimId;
    @Enumerated(EnumType.STRING)
    private CertificateType type;
    @ManyToOne
    @JoinColumn(name = "replacement_of_id")
    private Certificate replacementOf;
    @Column(name = "replacement_reason")
    private String replacementReason;
    @Enumerated(EnumType.STRING)
    private CertificateStatus status;
    @Column(name = "revocation_reason")
    private String revocationReason;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "registration_id")
    private String registrationId;
    @Column(name = "centre_number")
    private String centreNumber;
    private String uln;
    @Column(name = "given_name")
    private String givenName;
    @Column(name = "family_name")
    private String familyName;
    @Column(name = "awarding_organisation")
    private String awardingOrganisation;
    @Column(name = "qualification_id")
    private String qualificationId;
    @Column(name = "qualification_number")
    private String qualificationNumber;
    @Column(name = "qualification_title")
    private String qualificationTitle;
    @Column(name = "qualification_level")
    private int qualificationLevel;
    @Column(name = "qualification_credits")
    private Integer qualificationCredits;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "certificate_id", nullable = false)
    @OrderBy("position")
    private List<CertificateUnit> units = new ArrayList<>();
    @Version
    private long version;

    protected Certificate() {
    }

    public static Certificate issue(String number, Claim claim, CertificateType type, Learner learner,
            QualificationDetails qualification, List<AchievedUnit> units, LocalDate issuedOn) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("A certificate lists at least one achieved unit");
        }
        Certificate certificate = new Certificate();
        certificate.number = number;
        certificate.claimId = claim.getId();
        certificate.type = type;
        certificate.status = CertificateStatus.VALID;
        certificate.registrationId = claim.getRegistrationId();
        certificate.centreNumber = claim.getCentreNumber();
        certificate.uln = learner.uln();
        certificate.givenName = learner.givenName();
        certificate.familyName = learner.familyName();
        certificate.awardingOrganisation = qualification.awardingOrganisation();
        certificate.qualificationId = qualification.id();
        certificate.qualificationNumber = qualification.qualificationNumber();
        certificate.qualificationTitle = qualification.title();
        certificate.qualificationLevel = qualification.level();
        certificate.qualificationCredits = qualification.credits();
        certificate.issuedOn = issuedOn;
        for (AchievedUnit unit : units) {
            certificate.units.add(new CertificateUnit(certificate.units.size() + 1, unit));
        }
        return certificate;
    }

    /**
     * The same achievement on a new document with its own number, marked as a replacement of this one. A revoked
     * certificate records no achievement any more, so it is not replaced (409 {@code certificate-revoked}).
     */
    public Certificate replace(String newNumber, String reason, LocalDate issuedOn) {
        if (status == CertificateStatus.REVOKED) {
            throw ProblemException.conflict("certificate-revoked", "The certificate is revoked",
                    "A revoked certificate cannot be replaced.");
        }
        Certificate replacement = new Certificate();
        replacement.number = newNumber;
        replacement.claimId = claimId;
        replacement.type = type;
        replacement.status = CertificateStatus.VALID;
        replacement.replacementOf = original();
        replacement.replacementReason = reason;
        replacement.registrationId = registrationId;
        replacement.centreNumber = centreNumber;
        replacement.uln = uln;
        replacement.givenName = givenName;
        replacement.familyName = familyName;
        replacement.awardingOrganisation = awardingOrganisation;
        replacement.qualificationId = qualificationId;
        replacement.qualificationNumber = qualificationNumber;
        replacement.qualificationTitle = qualificationTitle;
        replacement.qualificationLevel = qualificationLevel;
        replacement.qualificationCredits = qualificationCredits;
        replacement.issuedOn = issuedOn;
        for (AchievedUnit unit : achievedUnits()) {
            replacement.units.add(new CertificateUnit(replacement.units.size() + 1, unit));
        }
        return replacement;
    }

    /**
     * Withdraws the achievement this certificate records. Every certificate of its {@code chain} (its
     * {@link #original()} and each replacement of it, this one among them) records the same achievement, so all of
     * them are revoked; one revoked before keeps its first reason and time. Revoking a revoked certificate again is
     * 409 {@code certificate-revoked}.
     */
    public void revokeWith(List<Certificate> chain, String reason, Instant now) {
        if (status == CertificateStatus.REVOKED) {
            throw ProblemException.conflict("certificate-revoked", "The certificate is already revoked",
                    "Certificate " + number + " was revoked before.");
        }
        for (Certificate certificate : chain) {
            if (certificate.status != CertificateStatus.REVOKED) {
                certificate.status = CertificateStatus.REVOKED;
                certificate.revocationReason = reason;
                certificate.revokedAt = now;
            }
        }
    }

    /** The first certificate of the chain: replacements always link to it, never to another replacement. */
    public Certificate original() {
        return replacementOf != null ? replacementOf : this;
    }

    public boolean isReplacement() {
        return replacementOf != null;
    }

    /** Verification compares family names as a person would type them ({@link FamilyNames}). */
    public boolean isHeldBy(String typedFamilyName) {
        return FamilyNames.same(typedFamilyName, familyName);
    }

    /** Whether this certificate is the learner's with this ULN: a learner may read only their own certificates. */
    public boolean isOf(String learnerUln) {
        return learnerUln != null && learnerUln.equals(uln);
    }

    public List<AchievedUnit> achievedUnits() {
        return units.stream().map(CertificateUnit::toAchievedUnit).toList();
    }

    /** Credits are printed only where the qualification is credit-based (C&G 2794-02 and NCFE have none). */
    public boolean showsCredits() {
        return qualificationCredits != null || units.stream().anyMatch(u -> u.toAchievedUnit().credits() != null);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public CertificateType getType() {
        return type;
    }

    public String getReplacementOfNumber() {
        return replacementOf != null ? replacementOf.getNumber() : null;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public String getCentreNumber() {
        return centreNumber;
    }

    public Learner learner() {
        return new Learner(uln, givenName, familyName);
    }

    public QualificationDetails qualification() {
        return new QualificationDetails(qualificationId, qualificationNumber, qualificationTitle, awardingOrganisation,
                qualificationLevel, qualificationCredits);
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }
}
