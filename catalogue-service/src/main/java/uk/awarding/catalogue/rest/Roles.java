package uk.awarding.catalogue.rest;

/** The realm roles of docs/architecture.md, as used in {@code @RolesAllowed}. */
final class Roles {

    static final String CANDIDATE = "candidate";
    static final String CENTRE = "centre";
    static final String STAFF = "awarding-staff";
    static final String SERVICE = "service";

    private Roles() {
    }
}
