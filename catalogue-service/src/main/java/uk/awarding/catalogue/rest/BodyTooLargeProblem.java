package uk.awarding.catalogue.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import uk.awarding.platform.problem.Problem;

/**
 * Answers a body over {@code quarkus.http.limits.max-body-size} with problem+json. Quarkus rejects such a body in a
 * route handler that ends the response itself, with an empty body and without calling failure handlers, so
 * platform-commons' HttpFailureProblems never sees it; this route runs just before Quarkus' own check.
 */
@ApplicationScoped
public class BodyTooLargeProblem {

    private final long limit;

    BodyTooLargeProblem(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
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
