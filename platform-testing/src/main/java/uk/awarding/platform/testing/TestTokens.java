package uk.awarding.platform.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens signed by the key of the OIDC test server ({@code OidcWiremockTestResource}), shaped like the
 * awarding realm's tokens: type {@code Bearer}, roles in {@code groups}, {@code uln} for candidates,
 * {@code centre_number} for centres, audience {@code awarding-api}. Services under test verify them for real
 * (signature via JWKS, issuer, audience, expiry, type).
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "awarding-api";
    private static final String SIGNING_KEY = "privateKey.jwk"; // shipped in quarkus-test-oidc-server
    /** The same key without its key id, so that a token can name another. */
    private static final String SIGNING_KEY_WITHOUT_ID = "privateKeyWithoutKid.jwk";

    private TestTokens() {
    }

    public static String candidate(String uln) {
        return token("candidate-" + uln, Set.of("candidate"), Map.of("uln", uln));
    }

    public static String centre(String centreNumber) {
        return token("centre-" + centreNumber, Set.of("centre"), Map.of("centre_number", centreNumber));
    }

    public static String staff() {
        return token("staff", Set.of("awarding-staff"), Map.of());
    }

    public static String service(String clientId) {
        return token("service-account-" + clientId, Set.of("service"), Map.of("azp", clientId));
    }

    /** A token with any roles and claims, for the cases the named ones do not cover. */
    public static String token(String user, Set<String> roles, Map<String, String> claims) {
        return sign(user, roles, claims, Instant.now().plusSeconds(300), AUDIENCE);
    }

    public static String expired(String user, Set<String> roles) {
        return sign(user, roles, Map.of(), Instant.now().minusSeconds(600), AUDIENCE);
    }

    public static String forAudience(String audience, String user, Set<String> roles) {
        return sign(user, roles, Map.of(), Instant.now().plusSeconds(300), audience);
    }

    /**
     * An ID token as the realm issues one next to an access token: signed by the same key, with the same audience,
     * roles and claims, but of type {@code ID}. It says who signed in and grants nothing, so no API may accept it.
     */
    public static String idToken(String user, Set<String> roles, Map<String, String> claims) {
        Map<String, String> typed = new HashMap<>(claims);
        typed.put("typ", "ID");
        return sign(user, roles, typed, Instant.now().plusSeconds(300), AUDIENCE);
    }

    /** The same token with one payload character changed: the signature no longer matches. */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        char[] payload = parts[1].toCharArray();
        int middle = payload.length / 2;
        payload[middle] = payload[middle] == 'A' ? 'B' : 'A';
        return parts[0] + "." + new String(payload) + "." + parts[2];
    }

    /**
     * A candidate-shaped access token signed by the test server's key under a key id its key set does not list, as
     * after a key rotation the service has not yet seen: the service fetches the key set again, and still refuses it.
     */
    public static String signedByUnknownKey(String user, Set<String> roles) {
        return sign(user, roles, Map.of(), Instant.now().plusSeconds(300), AUDIENCE, "rotated", SIGNING_KEY_WITHOUT_ID);
    }

    private static String sign(String user, Set<String> roles, Map<String, String> claims, Instant expiresAt,
            String audience) {
        return sign(user, roles, claims, expiresAt, audience, "1", SIGNING_KEY);
    }

    private static String sign(String user, Set<String> roles, Map<String, String> claims, Instant expiresAt,
            String audience, String keyId, String key) {
        var builder = Jwt.issuer(ISSUER)
                .subject(user)
                .preferredUserName(user)
                .groups(roles)
                .audience(audience)
                .issuedAt(expiresAt.minusSeconds(300))
                .expiresAt(expiresAt)
                .claim("typ", "Bearer");
        claims.forEach(builder::claim);
        return builder.jws().keyId(keyId).sign(key);
    }
}
