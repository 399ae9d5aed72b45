package uk.awarding.testengine.rest;

/** The realm roles of design.md, as used in {@code @RolesAllowed}. */
final class Roles {

    static final String CANDIDATE = "candidate";
    static final String STAFF = "awarding-staff";

    private Roles() {
    }
}
