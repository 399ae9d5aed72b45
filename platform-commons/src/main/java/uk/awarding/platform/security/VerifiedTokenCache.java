package uk.awarding.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcResponseFilter;
import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies each bearer access token once, not on every request: quarkus-oidc checks a JWT's signature, issuer,
 * audience and expiry anew for each request (its own token cache holds only introspection and UserInfo answers, which
 * this realm's tokens never need), and a candidate sends the same token with every save.
 *
 * <p>
 * Three parts of quarkus-oidc's public API, and {@link VerifiedTokens} for the entries:
 * <ul>
 * <li>as an identity provider asked before quarkus-oidc's own, it answers a bearer token it holds with the identity
 * its verification gave, for this request; a token it does not hold it leaves to quarkus-oidc (returns no identity);
 * <li>through the last identity augmentor ({@link VerifiedTokenKeeping}), after every other check of the service accepted the identity (such as
 * {@link AccessTokensOnly}), it keeps the identity of a bearer access token. A failed verification never gets here.
 * A code-flow session (the pages' cookie) is not kept: quarkus-oidc refreshes its tokens;
 * <li>as a filter of the answers of the provider's key set endpoint, it drops every entry whenever quarkus-oidc fetches
 * the signing keys again (a token signed by a key it does not know, after a rotation or revocation).
 * </ul>
 * The other augmentors run again on a held identity, as on a fresh one. An entry lives until the token expires or
 * {@code platform.security.verified-token-cache.max-age} has passed, so a token is never accepted from here after a
 * fresh verification would refuse it for its age or its keys.
 */
@ApplicationScoped
@OidcEndpoint(OidcEndpoint.Type.JWKS)
public class VerifiedTokenCache
        implements
            IdentityProvider<TokenAuthenticationRequest>,
            OidcResponseFilter {

    /** The request attribute that carries the signing keys' generation from the lookup to the augmentor. */
    private static final String KEY_GENERATION = VerifiedTokenCache.class.getName() + ".key-generation";

    private final VerifiedTokens<SecurityIdentity> tokens;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    @Inject
    VerifiedTokenCache(@ConfigProperty(name = "platform.security.verified-token-cache.max-entries") int maxEntries,
            @ConfigProperty(name = "platform.security.verified-token-cache.max-age") Duration maxAge,
            MeterRegistry registry) {
        this(new VerifiedTokens<>(maxEntries, maxAge), Clock.systemUTC(), registry);
    }

    VerifiedTokenCache(VerifiedTokens<SecurityIdentity> tokens, Clock clock, MeterRegistry registry) {
        this.tokens = tokens;
        this.clock = clock;
        this.hits = Counter.builder("platform.verified.tokens").tag("result", "hit")
                .description("Bearer tokens answered from the verified-token cache").register(registry);
        this.misses = Counter.builder("platform.verified.tokens").tag("result", "miss")
                .description("Bearer tokens left to a full verification").register(registry);
    }

    /** Before quarkus-oidc's provider (the default priority): a held token needs no verification. */
    @Override
    public int priority() {
        return IdentityProvider.SYSTEM_FIRST + 1000;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String tenant = routing == null ? null : routing.get(OidcUtils.TENANT_ID_ATTRIBUTE);
        if (!(request.getToken() instanceof AccessTokenCredential token) || token.isOpaque() || tenant == null) {
            return Uni.createFrom().nullItem();
        }
        long keyGeneration = tokens.keyGeneration();
        SecurityIdentity held = tokens.find(tenant, token.getToken(), clock.instant()).orElse(null);
        if (held == null) {
            misses.increment();
            // Only a token verified afresh is kept: a held one keeps the lifetime it was given then.
            request.setAttribute(KEY_GENERATION, keyGeneration);
            return Uni.createFrom().nullItem();
        }
        hits.increment();
        // The identity's request-bound attributes are this request's, never those of the request it was verified in.
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(held)
                .addAttribute(RoutingContext.class.getName(), routing);
        Object blocking = routing.get(AuthenticationRequestContext.class.getName());
        if (blocking != null) {
            identity.addAttribute(AuthenticationRequestContext.class.getName(), blocking);
        }
        return Uni.createFrom().item(identity.build());
    }

    /**
     * Keeps the identity of a bearer access token whose verification succeeded, called by {@link VerifiedTokenKeeping}
     * once every other check of the service accepted it.
     *
     * @param attributes the authentication request's attributes: a token this cache was not asked about first, or
     *        asked about before the signing keys changed, is not kept
     */
    void keep(SecurityIdentity identity, Map<String, Object> attributes) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (attributes.get(KEY_GENERATION) instanceof Long keyGeneration && !identity.isAnonymous() && token != null
                && identity.getCredential(IdTokenCredential.class) == null
                && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0
                && identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE) instanceof String tenant) {
            tokens.put(tenant, token.getToken(), identity, Instant.ofEpochSecond(jwt.getExpirationTime()), keyGeneration,
                    clock.instant());
        }
    }

    /** quarkus-oidc fetched the signing keys again: every token is verified afresh with them. */
    @Override
    public void filter(OidcResponseContext response) {
        tokens.keysChanged();
    }
}
