package uk.awarding.platform.security;

/** The realm roles of docs/architecture.md, as used in {@code @RolesAllowed} and {@link Caller#is}. */
public final class Roles {

    public static final String CANDIDATE = "candidate";
    public static final String CENTRE = "centre";
    public static final String STAFF = "awarding-staff";
    public static final String SERVICE = "service";
    /** Centre staff running a test session; the token carries the centre's {@code centre_number}. */
    public static final String INVIGILATOR = "invigilator";

    private Roles() {
    }
}
