package uk.awarding.certification.rest;

/** Formats of identifiers in requests. */
final class Ids {

    /** Registrations, sittings and unit results are identified by UUID strings (team convention). */
    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private Ids() {
    }
}
