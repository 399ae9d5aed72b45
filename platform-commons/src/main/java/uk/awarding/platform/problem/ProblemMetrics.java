package uk.awarding.platform.problem;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts every problem+json answer by status and type, as {@code http.server.problems} (Prometheus:
 * {@code http_server_problems_total{status="503",type="database-unavailable"}}). The request metrics give only the
 * status, and a 503 {@code registration-unavailable} (a peer is down) and a 503 {@code database-unavailable} (our own
 * database is) call for different remedies: the load benchmark and operators have to tell them apart.
 * <p>
 * Both tags stay bounded: the type is the slug of {@link Problem#getType()}, which the code always names from a
 * constant (never from the request), and anything that is not a plain slug is counted as {@value #OTHER}, so a
 * future mistake cannot turn the metric into one series per request.
 */
@ApplicationScoped
public class ProblemMetrics {

    static final String NAME = "http.server.problems";
    static final String OTHER = "other";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final MeterRegistry registry;

    ProblemMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Every problem that a mapper or resource answers with inside Quarkus REST. */
    @ServerResponseFilter
    public void countAnswer(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            count(response.getStatus(), problem);
        }
    }

    /** For problems written outside Quarkus REST, such as {@link HttpFailureProblems}' answers. */
    public void count(int status, Problem problem) {
        registry.counter(NAME, "status", Integer.toString(status), "type", typeTag(problem.getType())).increment();
    }

    /** "urn:awarding:problem:database-unavailable" becomes "database-unavailable"; anything unexpected, "other". */
    static String typeTag(String type) {
        if (type == null || !type.startsWith(Problem.TYPE_PREFIX)) {
            return OTHER;
        }
        String slug = type.substring(Problem.TYPE_PREFIX.length());
        return SLUG.matcher(slug).matches() ? slug : OTHER;
    }
}
