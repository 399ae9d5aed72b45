package uk.awarding.certification.rest;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import uk.awarding.certification.service.Actor;
import uk.awarding.platform.problem.ProblemException;

/**
 * The {@link Actor} behind the bearer token. A centre token without {@code centre_number} is refused with the
 * same 403 {@code centre-claim-missing} as in registration-service, so a client handles it once for every service.
 */
@RequestScoped
class Callers {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Callers(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    Actor current() {
        String name = identity.getPrincipal().getName();
        if (identity.hasRole(Roles.STAFF)) {
            return Actor.staff(name);
        }
        if (identity.hasRole(Roles.CENTRE)) {
            Object centreNumber = token.getClaim("centre_number");
            if (centreNumber == null || centreNumber.toString().isBlank()) {
                throw new ProblemException(403, "centre-claim-missing", "No centre in the token",
                        "A centre token must carry the centre_number claim.");
            }
            return Actor.centre(name, centreNumber.toString());
        }
        return Actor.service(name);
    }
}
