package uk.awarding.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Problems are counted by status and slug, and the type tag never takes more than a slug's shape. */
class ProblemMetricsTest {

    @Test
    void twoUnavailableProblemsOfOneStatusAreCountedApart() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ProblemMetrics metrics = new ProblemMetrics(registry);

        metrics.count(503, Problem.of(503, "database-unavailable", "Database unavailable", null, null));
        metrics.count(503, Problem.of(503, "database-unavailable", "Database unavailable", null, null));
        metrics.count(503, Problem.of(503, "registration-unavailable", "Registration unavailable", null, null));

        assertEquals(2, registry.get(ProblemMetrics.NAME).tag("status", "503").tag("type", "database-unavailable")
                .counter().count());
        assertEquals(1, registry.get(ProblemMetrics.NAME).tag("status", "503").tag("type", "registration-unavailable")
                .counter().count());
    }

    @Test
    void typeTagIsTheSlug() {
        assertEquals("validation-failed", ProblemMetrics.typeTag(Problem.TYPE_PREFIX + "validation-failed"));
    }

    @Test
    void typeThatIsNoPlainSlugIsOther() {
        assertEquals(ProblemMetrics.OTHER, ProblemMetrics.typeTag(null));
        assertEquals(ProblemMetrics.OTHER, ProblemMetrics.typeTag("https://example.org/not-ours"));
        assertEquals(ProblemMetrics.OTHER, ProblemMetrics.typeTag(Problem.TYPE_PREFIX));
        assertEquals(ProblemMetrics.OTHER, ProblemMetrics.typeTag(Problem.TYPE_PREFIX + "Not A Slug/../x"));
        assertEquals(ProblemMetrics.OTHER, ProblemMetrics.typeTag(Problem.TYPE_PREFIX + "x".repeat(65)));
    }
}
