package uk.awarding.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A room of candidates (group {@code room}, booked on a test session of its own by {@link Seed}) starts its tests, and
 * the invigilator pauses the whole room (a fire alarm) and resumes it. Measures what the issues ask of both:
 * <ul>
 * <li>the CPU test-engine-service and MariaDB spend per start, from /proc before and after the starts alone
 * ({@link ProcessCpu}; starts eight at a time, straight to the service, not through the gateway's per-address limit);
 * <li>the room pause's latency: the pause request (the pause, one short transaction of one statement, then the room
 * as the console shows it) and, apart, the room view alone, so the pause's own part is the difference; the same for
 * the resumption;
 * <li>that the pause took: every started test shows paused and a save is refused with 409 {@code sitting-paused}.
 * </ul>
 * Arguments: the benchmark directory (reads {@code room.csv}, {@code room-session.txt}) and the directory of ./run.sh's
 * pid files. Prints Markdown table rows.
 */
public final class RoomPause {

    private static final String SERVICE = System.getProperty("test-engine", "http://localhost:8083");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> PARTS = List.of("test-engine-service", "mariadb");

    private RoomPause() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path pids = Path.of(args[1]);
        List<Candidate> room = Candidate.read(dir.resolve("room.csv"));
        String session = Files.readString(dir.resolve("room-session.txt")).strip();
        List<String> tokens = Tokens.refresh(room);
        String invigilator = Suite.token("awarding", Map.of("grant_type", "password", "client_id", "suite-cli",
                "username", "invigilator", "password", "invigilator")).path("access_token").asText();

        Map<String, Double> before = ProcessCpu.of(pids, PARTS);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Timed>> starts = new ArrayList<>();
        for (int i = 0; i < room.size(); i++) {
            String body = "{\"registrationId\":\"" + room.get(i).registrationId() + "\",\"unit\":\"2794-210\"}";
            String token = tokens.get(i);
            starts.add(pool.submit(() -> send("POST", "/api/sittings", token, body)));
        }
        List<Timed> answered = new ArrayList<>();
        for (Future<Timed> start : starts) {
            answered.add(start.get());
        }
        pool.shutdown();
        double wall = (System.nanoTime() - started) / 1e9;
        Map<String, Double> spent = ProcessCpu.spent(before, ProcessCpu.of(pids, PARTS));
        long ok = answered.stream().filter(t -> t.status() == 201).count();
        long[] latencies = answered.stream().mapToLong(Timed::nanos).sorted().toArray();
        System.out.printf("| room starts (8 at a time, straight to the service) | %d of %d in %.1f s | p50 %.0f ms, p99 %.0f"
                + " ms | CPU per start: test-engine-service %.1f ms, MariaDB %.1f ms |%n", ok, room.size(), wall,
                percentile(latencies, 0.50), percentile(latencies, 0.99),
                1000 * spent.getOrDefault("test-engine-service", Double.NaN) / Math.max(1, ok),
                1000 * spent.getOrDefault("mariadb", Double.NaN) / Math.max(1, ok));

        String base = "/api/test-sessions/" + session;
        Timed pause = send("POST", base + "/pause", invigilator, "{\"reason\":\"Fire alarm (load test)\"}");
        Timed view = send("GET", base + "/candidates", invigilator, null);
        long paused = count(view, "PAUSED");
        String sittingId = Suite.JSON.readTree(answered.get(0).body()).path("id").asText();
        Timed refused = send("PUT", "/api/sittings/" + sittingId + "/responses/1", tokens.get(0),
                "{\"optionId\":\"A\",\"sequence\":1}");
        Timed resume = send("POST", base + "/resumption", invigilator, "{\"reason\":\"All clear (load test)\"}");
        Timed viewAfter = send("GET", base + "/candidates", invigilator, null);
        System.out.printf("| room pause, %d candidates started | %d paused (HTTP %d); a save meanwhile: HTTP %d %s | pause "
                + "request %.0f ms, room view alone %.0f ms | resumption request %.0f ms (%d running after), room view "
                + "alone %.0f ms |%n", ok, paused, pause.status(), refused.status(),
                Suite.JSON.readTree(refused.body()).path("type").asText(), pause.nanos() / 1e6, view.nanos() / 1e6,
                resume.nanos() / 1e6, count(viewAfter, "STARTED"), viewAfter.nanos() / 1e6);
        if (ok != room.size() || paused != ok || refused.status() != 409 || count(viewAfter, "STARTED") != ok) {
            throw new IllegalStateException("The room did not start, pause and resume as one");
        }
    }

    private record Timed(int status, String body, long nanos) {
    }

    private static Timed send(String method, String path, String token, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVICE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Timed(response.statusCode(), response.body(), System.nanoTime() - started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static long count(Timed room, String state) throws IOException {
        JsonNode candidates = Suite.JSON.readTree(room.body()).path("candidates");
        long n = 0;
        for (JsonNode candidate : candidates) {
            n += state.equals(candidate.path("state").asText()) ? 1 : 0;
        }
        return n;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0
                : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
