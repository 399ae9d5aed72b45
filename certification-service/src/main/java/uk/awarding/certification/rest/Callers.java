package uk.awarding.certification.rest;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import uk.awarding.certification.service.Actor;

/** The {@link Actor} behind the bearer token; a centre token without {@code centre_number} is refused. */
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
            String centreNumber = token.getClaim("centre_number");
            if (centreNumber == null || centreNumber.isBlank()) {
                throw new ForbiddenException("centre token without centre_number");
            }
            return Actor.centre(name, centreNumber);
        }
        return Actor.service(name);
    }
}
