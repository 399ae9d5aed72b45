package uk.awarding.certification.domain;

/** VALID until the awarding organisation revokes it (e.g. for malpractice); a revoked certificate stays on record. */
public enum CertificateStatus {
    VALID, REVOKED
}
