package uk.awarding.certification.domain;

/** The qualification as printed on a certificate ({@code qualificationNumber} may be null for unaccredited drafts). */
public record QualificationDetails(String id, String qualificationNumber, String title, String awardingOrganisation,
        int level, Integer credits) {
}
