package uk.awarding.platform.security;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * The last augmentor of every identity: once every other check of the service accepted an identity, a verified bearer
 * access token's identity is kept in the {@link VerifiedTokenCache}. Changes nothing.
 */
@ApplicationScoped
public class VerifiedTokenKeeping implements SecurityIdentityAugmentor {

    private final VerifiedTokenCache cache;

    VerifiedTokenKeeping(VerifiedTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        cache.keep(identity, attributes);
        return Uni.createFrom().item(identity);
    }
}
