package uk.awarding.testengine.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.ws.rs.core.NewCookie;

import uk.awarding.platform.problem.ProblemException;

/**
 * Double-submit token against cross-site form posts: every page puts the token of the {@value #COOKIE} cookie in a
 * hidden field, every POST must carry the same value. A site that cannot read the cookie cannot forge the field.
 */
final class Csrf {

    static final String COOKIE = "te_csrf";
    static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The token already in the browser's cookie, or a fresh one. */
    static String tokenFor(String cookieValue) {
        if (cookieValue != null && cookieValue.length() == 43) {
            return cookieValue;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static NewCookie cookie(String token) {
        // Path "/" so that the cookie also reaches the pages behind the gateway's /test-engine/ prefix.
        return new NewCookie.Builder(COOKIE).value(token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    static void verify(String cookieValue, String fieldValue) {
        if (cookieValue == null || fieldValue == null || !MessageDigest.isEqual(
                cookieValue.getBytes(StandardCharsets.UTF_8), fieldValue.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(403, "csrf-token-mismatch", "Form expired",
                    "This form cannot be accepted; reload the page and try again.");
        }
    }
}
