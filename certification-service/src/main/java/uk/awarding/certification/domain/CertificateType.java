package uk.awarding.certification.domain;

/**
 * FULL: the rules of combination are met and the certificate names the qualification. UNIT: a certificate of
 * unit credit listing the units (and credits) achieved when they are not (ProQual spec "Unit certificates",
 * NCFE "partial certificate", EDI "unit certificate").
 */
public enum CertificateType {
    FULL, UNIT
}
