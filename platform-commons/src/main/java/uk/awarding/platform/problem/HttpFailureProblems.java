package uk.awarding.platform.problem;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers with problem+json what Vert.x refuses before any JAX-RS code runs, where Quarkus would end the response
 * with an empty body: a body over {@code quarkus.http.limits.max-body-size} (Quarkus rejects it in a route handler
 * that skips failure handlers, so this route runs just before Quarkus' own check and answers from the declared
 * Content-Length; a chunked body without a length still meets Quarkus' own limit, with its empty 413) and a
 * Content-Type that is not a media type at all (Quarkus REST would fail on it with a 500).
 */
@ApplicationScoped
public class HttpFailureProblems {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN
            + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"]*\"))*\\s*;?\\s*");

    private final long limit;

    HttpFailureProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > limit) {
            answer(context, Problem.of(413, "body-too-large", "The request body is too large",
                    "Send at most " + limit + " bytes.", context.request().path()));
            return;
        }
        String contentType = context.request().getHeader(HttpHeaderNames.CONTENT_TYPE);
        if (contentType != null && !MEDIA_TYPE.matcher(contentType).matches()) {
            answer(context, Problem.of(415, "unsupported-media-type", "Unsupported Media Type",
                    "Send the body as application/json.", context.request().path()));
            return;
        }
        context.next();
    }

    private static void answer(RoutingContext context, Problem problem) {
        context.response()
                .setStatusCode(problem.getStatus())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(Json.encode(problem));
    }
}
