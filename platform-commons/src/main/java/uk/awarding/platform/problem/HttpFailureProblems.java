package uk.awarding.platform.problem;

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
 * Answers a body over {@code quarkus.http.limits.max-body-size} with problem+json. Quarkus rejects such a body in a
 * route handler that ends the response itself, with an empty body and without calling failure handlers, so this
 * route runs just before Quarkus' own check and answers from the declared Content-Length. (A chunked body without
 * a length still meets Quarkus' own limit, with its empty 413.)
 */
@ApplicationScoped
public class HttpFailureProblems {

    private final long limit;

    HttpFailureProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limit) {
            context.next();
            return;
        }
        Problem problem = Problem.of(413, "body-too-large", "The request body is too large",
                "Send at most " + limit + " bytes.", context.normalizedPath());
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(Json.encode(problem));
    }
}
