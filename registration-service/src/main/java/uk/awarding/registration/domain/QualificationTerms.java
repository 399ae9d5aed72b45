package uk.awarding.registration.domain;

/** What the catalogue says about a qualification that the registration rules look at. */
public record QualificationTerms(String status, Integer minimumAge) {

    /** Only an OPEN qualification takes registrations; DRAFT and WITHDRAWN ones do not. */
    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
