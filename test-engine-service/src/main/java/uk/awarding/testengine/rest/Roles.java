package uk.awarding.testengine.rest;

/** The realm roles of docs/architecture.md, as used in {@code @RolesAllowed}. */
final class Roles {

    static final String CANDIDATE = "candidate";
    static final String STAFF = "awarding-staff";

    private Roles() {
    }
}
