package uk.awarding.certification.domain;

/** The learner as named on the certificate, identified by ULN. */
public record Learner(String uln, String givenName, String familyName) {
}
