package uk.awarding.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures that happen in the HTTP layer, before any resource runs (a body over the size limit), would
 * otherwise answer with an empty or HTML body; this turns them into the same problem+json as the rest.
 */
@ApplicationScoped
public class HttpFailureProblems {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().headWritten()) {
            context.next();
            return;
        }
        Problem problem = Problem.of(413, "body-too-large", "The request body is too large",
                "Send a smaller body; the limit is set per service.", context.normalizedPath());
        context.response()
                .setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
