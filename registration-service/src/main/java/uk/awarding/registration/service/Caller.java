package uk.awarding.registration.service;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import uk.awarding.platform.problem.ProblemException;

/**
 * Who is calling, from the verified bearer token. A centre's number and a candidate's ULN come only from the
 * token's claims, never from the request, so a caller can never act as another centre or learner.
 */
@RequestScoped
public class Caller {

    public static final String CANDIDATE = "candidate";
    public static final String CENTRE = "centre";
    public static final String STAFF = "awarding-staff";
    public static final String SERVICE = "service";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The centre a {@code centre} token speaks for; null for every other caller. */
    public String centreNumber() {
        return is(CENTRE) ? claim("centre_number") : null;
    }

    /** The centre of a {@code centre} token, which every centre-scoped action needs. */
    public String requireCentreNumber() {
        String centre = centreNumber();
        if (centre == null) {
            throw new ProblemException(403, "centre-claim-missing", "No centre in the token",
                    "A centre token must carry the centre_number claim.");
        }
        return centre;
    }

    /** The learner a {@code candidate} token speaks for; null for every other caller. */
    public String candidateUln() {
        return is(CANDIDATE) ? claim("uln") : null;
    }

    /** Whose Idempotency-Keys these are: a centre shares its keys across its systems; anyone else has their own. */
    public String idempotencyOwner() {
        String centre = centreNumber();
        return centre != null ? "centre:" + centre : "subject:" + subject();
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
