package uk.awarding.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Only access tokens grant access, in every service and on every OIDC tenant: Keycloak types its access tokens
 * {@code Bearer} and its ID tokens {@code ID}, which carry the same signature, audience, roles and claims but say who
 * signed in to a client, not what a caller may do. A bearer token of any other type is refused with 401, as is a
 * code-flow session whose access token is not one. Checked on the identity rather than as a required claim of the
 * token, because a code-flow tenant verifies its ID token with the same settings as its access token.
 */
@ApplicationScoped
public class AccessTokensOnly implements SecurityIdentityAugmentor {

    static final String ACCESS_TOKEN_TYPE = "Bearer";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null && !isAccessToken(token.getToken())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not an access token"));
        }
        return Uni.createFrom().item(identity);
    }

    static boolean isAccessToken(String token) {
        JsonObject claims = OidcUtils.decodeJwtContent(token);
        return claims != null && ACCESS_TOKEN_TYPE.equals(claims.getString("typ"));
    }
}
