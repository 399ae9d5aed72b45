package uk.awarding.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What both simulations share: candidates with fresh tokens, the candidate API through the gateway (start, save
 * with a growing per-sitting sequence, submit) and the record of every acknowledged save.
 */
final class ExamTraffic {

    static final String UNIT = "2794-210";
    private static final String[] OPTIONS = { "A", "B", "C", "D" };
    private static final ObjectMapper JSON = new ObjectMapper();

    final Acknowledgements acks = new Acknowledgements();
    final int candidates;
    private final FeederBuilder<Object> feeder;

    /** Reads the seeded candidates from the file named by system property {@code <group>.candidates}. */
    ExamTraffic(String group) {
        try {
            List<Candidate> seeded = Candidate.read(Path.of(System.getProperty(group + ".candidates",
                    "target/benchmark/" + group + ".csv")));
            long started = System.nanoTime();
            List<String> tokens = Tokens.refresh(seeded);
            System.out.printf("%d access tokens in %d ms (not part of the timed run)%n", tokens.size(),
                    (System.nanoTime() - started) / 1_000_000);
            List<Map<String, Object>> records = new ArrayList<>();
            for (int i = 0; i < seeded.size(); i++) {
                records.add(Map.of("token", tokens.get(i), "registrationId", seeded.get(i).registrationId()));
            }
            candidates = records.size();
            feeder = listFeeder(records).queue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FeederBuilder<Object> feeder() {
        return feeder;
    }

    /**
     * Through the gateway, each candidate from a loopback address of its own: the gateway limits each client address
     * to 100 requests/s, as it would limit each exam room's network, so one address for all would measure the limit.
     */
    HttpProtocolBuilder protocol() {
        List<String> addresses = IntStream.range(0, candidates)
                .mapToObj(i -> "127.0." + (1 + i / 250) + "." + (1 + i % 250)).toList();
        return http.baseUrl(Suite.GATEWAY + "/test-engine").acceptHeader("application/json")
                .contentTypeHeader("application/json").localAddresses(addresses).warmUp(Suite.GATEWAY + "/healthz");
    }

    /** Starts a sitting of the unit under the candidate's registration; its id and a zero sequence go to the session. */
    static ChainBuilder start(String requestName) {
        return exec(http(requestName).post("/api/sittings").header("Authorization", "Bearer #{token}")
                .body(StringBody("{\"registrationId\":\"#{registrationId}\",\"unit\":\"" + UNIT + "\"}"))
                .check(status().is(201), jsonPath("$.id").saveAs("sittingId")))
                .exitHereIfFailed()
                .exec(session -> session.set("sequence", 0L));
    }

    /** Saves a random option for the question at session attribute {@code position} with the next sequence number. */
    ChainBuilder save() {
        return exec(session -> session.set("sequence", session.getLong("sequence") + 1)
                .set("option", OPTIONS[ThreadLocalRandom.current().nextInt(4)]).remove("stored").remove("status"))
                .exec(http("save").put("/api/sittings/#{sittingId}/responses/#{position}")
                        .header("Authorization", "Bearer #{token}")
                        .body(StringBody("{\"optionId\":\"#{option}\",\"sequence\":#{sequence}}"))
                        .check(status().saveAs("status"), status().is(200), bodyString().saveAs("stored")))
                .exec(this::record);
    }

    static ChainBuilder submit() {
        return exec(http("submit").post("/api/sittings/#{sittingId}/submission").header("Authorization", "Bearer #{token}")
                .check(status().is(200), jsonPath("$.score").exists()));
    }

    private Session record(Session session) {
        // Gatling saves the body of a failed answer too: only a 200 acknowledges the save.
        if (session.contains("stored") && session.getInt("status") == 200) {
            try {
                JsonNode stored = JSON.readTree(session.getString("stored"));
                acks.add(new Acknowledgements.Ack(session.getString("sittingId"), session.getInt("position"),
                        session.getString("option"), session.getLong("sequence"), stored.path("accepted").asBoolean(),
                        stored.path("optionId").isTextual() ? stored.path("optionId").asText() : null,
                        stored.path("sequence").asLong(), System.currentTimeMillis()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return session;
    }

    /** Writes the acknowledgements to the file named by system property {@code <group>.acks}. */
    void writeAcks(String group) {
        try {
            acks.write(Path.of(System.getProperty(group + ".acks", "target/benchmark/" + group + "-acks.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
