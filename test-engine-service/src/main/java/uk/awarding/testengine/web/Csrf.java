package uk.awarding.testengine.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.security.Caller;

/**
 * The token every form of the pages carries in its {@value #FIELD} field against cross-site form posts: an HMAC, under
 * a key only the service knows, of the sign-in session the page was shown in. Another site can neither read it from
 * the page nor compute it, and a token shown to another session (another candidate, or an earlier sign-in of the same
 * one) does not fit this one. Nothing of it is in a cookie, so a cookie planted from another port or subdomain cannot
 * forge a pair.
 */
@ApplicationScoped
class Csrf {

    static final String FIELD = "csrf";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** The key is the pages' OIDC client secret, which every replica shares and which never leaves the service. */
    Csrf(@ConfigProperty(name = "quarkus.oidc.web.credentials.secret") String secret) {
        this.key = new SecretKeySpec(("candidate-pages-csrf:" + secret).getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The token of the caller's session, for the pages' forms. */
    String tokenFor(Caller caller) {
        return tokenForSession(caller.session());
    }

    /** The token of a sign-in session, as {@link Caller#session()} names it. */
    String tokenForSession(String session) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] tag = mac.doFinal(session.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }

    /** Refuses a form whose token is missing or belongs to another session. */
    void verify(Caller caller, String fieldValue) {
        if (fieldValue == null || !MessageDigest.isEqual(tokenFor(caller).getBytes(StandardCharsets.UTF_8),
                fieldValue.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(403, "csrf-token-mismatch", "Form expired",
                    "This form cannot be accepted; reload the page and try again.");
        }
    }
}
