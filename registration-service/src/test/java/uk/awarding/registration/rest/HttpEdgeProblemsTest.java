package uk.awarding.registration.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.fuzz.RawHttp;
import uk.awarding.registration.Api;

/**
 * What platform-commons makes of requests that Vert.x and Quarkus would refuse, or fail on, before a resource runs:
 * an over-long request line is a 414 problem, a client hanging up mid-body is no server error, and two refusals that
 * no application code can reach keep their empty answers (documented here, so a Quarkus upgrade that opens them shows).
 */
@QuarkusTest
class HttpEdgeProblemsTest {

    /** "GET " + target + " HTTP/1.1": the bytes of a request line around its target. */
    private static final int LINE_AROUND_TARGET = 4 + 9;
    private static final String LIST = "/api/registrations?q=";

    @TestHTTPResource("/")
    URI base;

    @Test
    void requestLineOverTheLimitIsA414Problem() {
        RawHttp.Answer answer = get(LIST + "x".repeat(4_096 - LINE_AROUND_TARGET - LIST.length() + 1));

        assertEquals(414, answer.status());
        assertEquals("application/problem+json", answer.header("content-type"));
        assertTrue(answer.body().contains("\"type\":\"urn:awarding:problem:uri-too-long\""), answer.body());
        assertTrue(answer.body().contains("\"status\":414"), answer.body());
    }

    /** Problems are counted by type, so that two problems of one status (say two kinds of 503) can be told apart. */
    @Test
    void problemAnswersAreCountedByStatusAndType() {
        double before = problems("404", "registration-not-found");
        double otherBefore = problems("404", "centre-not-found");

        RawHttp.Answer answer = new RawHttp(base).send("GET", "/api/registrations/no-such-registration",
                Map.of("Authorization", "Bearer " + TestTokens.centre(Api.CENTRE)), null, 0);

        assertEquals(404, answer.status());
        assertEquals(before + 1, problems("404", "registration-not-found"));
        assertEquals(otherBefore, problems("404", "centre-not-found"));
    }

    /** Problems written before Quarkus REST runs, where no response filter sees them, are counted too. */
    @Test
    void problemAnsweredBeforeQuarkusRestIsCounted() {
        double before = problems("414", "uri-too-long");

        RawHttp.Answer answer = get(LIST + "x".repeat(4_096 - LINE_AROUND_TARGET - LIST.length() + 1));

        assertEquals(414, answer.status());
        assertEquals(before + 1, problems("414", "uri-too-long"));
    }

    @Test
    void requestLineAtTheLimitIsServed() {
        RawHttp.Answer answer = get(LIST + "x".repeat(4_096 - LINE_AROUND_TARGET - LIST.length()));

        assertEquals(401, answer.status(), "reaches the resource, which asks for a token");
    }

    @Test
    void requestLineAsLongAsTheGatewayForwardsIsStillAProblem() {
        RawHttp.Answer answer = get(LIST + "x".repeat(8_192 - LINE_AROUND_TARGET - LIST.length()));

        assertEquals(414, answer.status());
        assertEquals("application/problem+json", answer.header("content-type"));
    }

    /** Beyond the gateway's limit only a caller inside the network gets here: Vert.x' codec refuses it, unshapeable. */
    @Test
    void requestLineBeyondTheGatewaysLimitGetsTheCodecsEmpty414() {
        RawHttp.Answer answer = get(LIST + "x".repeat(8_192 - LINE_AROUND_TARGET - LIST.length() + 1));

        assertEquals(414, answer.status());
        assertEquals("", answer.body());
    }

    /**
     * Quarkus' root handler parses every address with java.net.URI and ends an unparsable one with an empty 400 before
     * any route or filter runs; only the JVM flag vertx.disableURIValidation turns that check off. Through the gateway,
     * nginx refuses a broken escape in the path itself; one in the query string reaches this answer.
     */
    @Test
    void brokenPercentEncodingGetsQuarkusEmpty400() {
        for (String target : List.of("/api/registrations/%ZZ", "/api/registrations?uln=%ZZ")) {
            RawHttp.Answer answer = new RawHttp(base).send("GET", target,
                    Map.of("Authorization", "Bearer " + TestTokens.centre(Api.CENTRE)), null, 0);

            assertEquals(400, answer.status(), target);
            assertEquals("", answer.body(), target);
            assertNull(answer.header("content-type"), target);
        }
    }

    @Test
    void clientHangingUpMidBodyIsNoServerErrorAndNoErrorLog() throws Exception {
        List<LogRecord> loud = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    loud.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger mappers = Logger.getLogger("uk.awarding.platform.problem.ProblemMappers");
        mappers.addHandler(capture);
        try {
            double before = count("POST", "499");
            double errorsBefore = count("POST", "500");
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/registrations HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + TestTokens.centre(Api.CENTRE) + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"uln\":\"12").getBytes(StandardCharsets.UTF_8));
                out.flush();
                // The resource's worker must be reading the body when the connection goes.
                Thread.sleep(300);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (count("POST", "499") == before && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }

            assertEquals(before + 1, count("POST", "499"), "the hang-up is counted as the client's");
            assertEquals(errorsBefore, count("POST", "500"), "and never as a server error");
            assertTrue(loud.isEmpty(), () -> "logged: " + loud.get(0).getMessage());
        } finally {
            mappers.removeHandler(capture);
        }
    }

    private RawHttp.Answer get(String target) {
        return new RawHttp(base).send("GET", target, Map.of(), null, 0);
    }

    /** Requests to POST /api/registrations answered with this status so far, from the service's own metrics. */
    private double count(String method, String status) {
        return metric("http_server_requests_seconds_count{method=\"" + method + "\",outcome=",
                "status=\"" + status + "\",uri=\"/api/registrations\"}");
    }

    /** Problems of this status and type answered so far, from the service's own metrics. */
    private double problems(String status, String type) {
        return metric("http_server_problems_total{status=\"" + status + "\",type=\"" + type + "\"}", "");
    }

    /** The sum of the samples whose line starts with the prefix and contains the rest. */
    private double metric(String prefix, String rest) {
        return get("/q/metrics").body().lines()
                .filter(line -> line.startsWith(prefix) && line.contains(rest))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
