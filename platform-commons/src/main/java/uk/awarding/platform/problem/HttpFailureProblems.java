package uk.awarding.platform.problem;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers with problem+json what Vert.x refuses before any JAX-RS code runs, where Quarkus would end the response
 * with an empty body: a request line over {@code quarkus.http.limits.max-initial-line-length} (see
 * {@link #customizeHttpServer}), a body over {@code quarkus.http.limits.max-body-size} (Quarkus rejects it in a route
 * handler that skips failure handlers, so this route runs just before Quarkus' own check and answers from the
 * declared Content-Length; a chunked body without a length still meets Quarkus' own limit, with its empty 413) and a
 * Content-Type that is not a media type at all (Quarkus REST would fail on it with a 500).
 * <p>
 * Two refusals stay empty, as no application code can reach them: an address that {@code java.net.URI} cannot parse
 * (a broken percent-encoding such as {@code %ZZ}) gets an empty 400 from Quarkus' root handler before any route runs
 * (only the JVM flag {@code vertx.disableURIValidation} turns that check off), and a request line longer than the
 * codec's limit gets an empty 414 from Vert.x' HTTP codec.
 */
@ApplicationScoped
public class HttpFailureProblems implements HttpServerOptionsCustomizer {

    /**
     * The longest request line the gateway forwards (nginx's large_client_header_buffers, 8k). The HTTP codec lets
     * lines up to this length through, so that the route below, not the codec's empty 414, refuses every over-long
     * line that comes through the gateway; only a caller inside the network can still meet the codec's refusal.
     */
    static final int GATEWAY_LINE_LENGTH = 8192;

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN
            + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"]*\"))*\\s*;?\\s*");

    private final long limit;
    private final int lineLimit;
    private final ProblemMetrics metrics;

    HttpFailureProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int lineLimit,
            ProblemMetrics metrics) {
        this.limit = limit.asLongValue();
        this.lineLimit = lineLimit;
        this.metrics = metrics;
    }

    /**
     * The request line keeps its limit (Quarkus' default of 4,096 bytes is ample: the longest line of the API is a
     * list query with a few filters), but it is enforced below, as a problem, while the codec's hard stop (an empty
     * 414 Vert.x gives no hook to shape) moves up to the gateway's limit.
     */
    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxInitialLineLength(Math.max(lineLimit, GATEWAY_LINE_LENGTH));
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        customizeHttpServer(options);
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (requestLineLength(context.request()) > lineLimit) {
            // No instance: it would echo the over-long address back.
            answer(context, Problem.of(414, "uri-too-long", "URI Too Long",
                    "The request line may be at most " + lineLimit + " bytes: send fewer or shorter query parameters.",
                    null));
            return;
        }
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

    /** As the HTTP/1.x codec counts it: method, target and version with the two spaces, without the CRLF. */
    static int requestLineLength(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return 0; // no request line: its pseudo-headers count against the header limit
        }
        return request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
    }

    private void answer(RoutingContext context, Problem problem) {
        metrics.count(problem.getStatus(), problem); // no response filter runs out here
        context.response()
                .setStatusCode(problem.getStatus())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, "close")
                .end(Json.encode(problem));
    }
}
