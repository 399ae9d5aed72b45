package uk.awarding.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Keycloak's access tokens are typed Bearer; its ID tokens, and anything untyped or not a JWT, are not access tokens. */
class AccessTokensOnlyTest {

    @Test
    void onlyATokenTypedBearerIsAnAccessToken() {
        assertTrue(AccessTokensOnly.isAccessToken(jwt("{\"typ\":\"Bearer\",\"sub\":\"u1\"}")));
        assertFalse(AccessTokensOnly.isAccessToken(jwt("{\"typ\":\"ID\",\"sub\":\"u1\"}")));
        assertFalse(AccessTokensOnly.isAccessToken(jwt("{\"typ\":\"Refresh\"}")));
        assertFalse(AccessTokensOnly.isAccessToken(jwt("{\"sub\":\"u1\"}")));
        assertFalse(AccessTokensOnly.isAccessToken("not-a-jwt"));
    }

    private static String jwt(String payload) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
