package uk.awarding.platform.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * What every answer of every service tells the browser, whether or not a gateway in front adds it too (a Kubernetes
 * ingress adds nothing): a Content-Security-Policy that runs only the service's own script files (styles may be
 * inline, as the gateway's policy allows), forbids framing ({@code frame-ancestors 'none'}) and form posts anywhere but
 * the service and its sign-in; no content-type sniffing; no Referer; and no caching of anything that does not say it
 * may be cached (answers, results, learner records). Swagger UI, which starts from an inline script, may run inline
 * scripts.
 * <p>
 * The sign-in session's cookies are made browser-session cookies: OIDC gives them a Max-Age, which keeps a candidate
 * signed in on a shared exam-room PC after the browser is closed. The session's end is still decided by the tokens
 * inside the cookie.
 */
@Singleton
public class SecurityHeaders {

    /** Runs before the routes, so its headers-end handler sees every answer, the OIDC redirects and 401s included. */
    private static final int PRIORITY = 10_000;
    private static final String SESSION_COOKIE = "q_session";

    private final String contentSecurityPolicy;
    private final String swaggerUiPolicy;

    SecurityHeaders(@ConfigProperty(name = "platform.security.form-action") String formAction) {
        String rest = "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                + "form-action " + formAction + "; frame-ancestors 'none'";
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; " + rest;
        this.swaggerUiPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; " + rest;
    }

    void register(@Observes Filters filters) {
        filters.register(this::onAnswer, PRIORITY);
    }

    private void onAnswer(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", path.startsWith("/q/swagger-ui") ? swaggerUiPolicy
                    : contentSecurityPolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            if (!headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
            for (Cookie cookie : context.request().cookies()) {
                if (cookie.getName().startsWith(SESSION_COOKIE) && cookie.getMaxAge() > 0) {
                    cookie.setMaxAge(Long.MIN_VALUE);
                }
            }
        });
        context.next();
    }
}
