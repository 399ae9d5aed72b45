package uk.awarding.platform.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonObject;
import uk.awarding.platform.problem.ProblemException;

/**
 * Who is calling, the same in every service. A centre's number and a candidate's ULN come only from the token's
 * claims, never from the request, so a caller can never act as another centre or learner; a blank claim counts as
 * missing.
 * <p>
 * Claims are read from the access token, on the bearer API and on a code-flow page alike, and never from the ID
 * token, which on the code flow is the principal (and what an injected {@code JsonWebToken} is): the ID token tells
 * the client who signed in, it does not grant access. Quarkus has verified the access token before it gets here: on
 * the API as the bearer token; on a code-flow tenant only if it takes its roles from the access token
 * ({@code roles.source=accesstoken}), which every code-flow tenant must therefore do.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private JsonObject claims;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The token's subject ({@code sub}), or the principal's name for a token without one. */
    public String subject() {
        String subject = claim("sub");
        return subject != null ? subject : name();
    }

    /**
     * The sign-in session the token was issued in (Keycloak's {@code sid}, the same across the session's refreshed
     * tokens), or the subject for a token without one: what a page binds its form tokens to.
     */
    public String session() {
        String session = claim("sid");
        return session != null ? "sid:" + session : "sub:" + subject();
    }

    /** The caller's name as audit records and authors show it (for a realm user, the user name). */
    public String name() {
        return identity.getPrincipal().getName();
    }

    /**
     * The OIDC client the token was issued to (its {@code azp} claim), null when it names none: for a service account
     * (client credentials), which service is calling. Where only one service may act, compare this, not the role.
     */
    public String clientId() {
        return claim("azp");
    }

    /** The centre a {@code centre} or {@code invigilator} token speaks for; null for every other caller. */
    public String centreNumber() {
        return is(Roles.CENTRE) || is(Roles.INVIGILATOR) ? claim("centre_number") : null;
    }

    /** The centre of a {@code centre} or {@code invigilator} token, which every centre-scoped action needs. */
    public String requireCentreNumber() {
        return required(centreNumber(), "centre-claim-missing", "No centre in the token",
                "A centre token must carry the centre_number claim.");
    }

    /** The learner a {@code candidate} token speaks for; null for every other caller. */
    public String candidateUln() {
        return is(Roles.CANDIDATE) ? claim("uln") : null;
    }

    /** The learner of a {@code candidate} token, which everything a candidate does needs. */
    public String requireUln() {
        return required(candidateUln(), "no-candidate-identity", "No candidate identity",
                "The token has no uln claim, so it cannot act for a candidate.");
    }

    /** Staff act for every centre; a centre token only for its own centre; nobody else for any. */
    public boolean actsFor(String centreNumber) {
        return is(Roles.STAFF) || centreNumber.equals(centreNumber());
    }

    /**
     * This caller, once a centre token is known to name its centre: call it before anything is looked up, so that a
     * token without one learns nothing, not even whether a record exists. Staff act for every centre and need none.
     */
    public Caller checked() {
        if ((is(Roles.CENTRE) || is(Roles.INVIGILATOR)) && !is(Roles.STAFF)) {
            requireCentreNumber();
        }
        return this;
    }

    /** A claim an action cannot do without: 403, since the token is valid but cannot act for anyone. */
    private static String required(String claim, String type, String title, String detail) {
        if (claim == null) {
            throw new ProblemException(403, type, title, detail);
        }
        return claim;
    }

    private String claim(String name) {
        if (claims == null) {
            AccessTokenCredential accessToken = identity.getCredential(AccessTokenCredential.class);
            JsonObject decoded = accessToken == null ? null : OidcUtils.decodeJwtContent(accessToken.getToken());
            claims = decoded != null ? decoded : new JsonObject();
        }
        Object value = claims.getValue(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
