package uk.awarding.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import groovy.json.JsonSlurper;
import io.restassured.path.json.JsonPath;

/**
 * Candidates changing their answers continuously through the gateway, one thread per sitting, as the candidate
 * pages' script saves them: every change carries the next sequence number of the sitting. Every save is recorded
 * with how it ended, so a story can prove afterwards that each acknowledged (2xx) answer is stored, whatever failed
 * meanwhile; a save that got no 2xx may or may not have been stored.
 */
final class AnswerLoad implements AutoCloseable {

    private static final String[] OPTIONS = { "A", "B", "C", "D" };
    /**
     * Each candidate saves at most once per period: together they stay well under the gateway's 100 requests per
     * second per client (all of them come from this one address), so none is refused for the rate.
     */
    private static final Duration PERIOD = Duration.ofMillis(60);

    /**
     * One save as sent and how it ended: status 0 when no HTTP answer came (connection refused or reset, timeout),
     * the problem's {@code type} for a problem+json answer.
     */
    record Save(String sittingId, int position, String optionId, long sequence, Instant sentAt, int status,
            String problemType, String body) {

        static Save answered(String sittingId, int position, String optionId, long sequence, Instant sentAt,
                HttpResponse<String> response) {
            boolean problem = response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json");
            return new Save(sittingId, position, optionId, sequence, sentAt, response.statusCode(),
                    problem ? (String) json(response.body()).get("type") : null, response.body());
        }

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        /** Refused by the service or the gateway, or lost on the way. */
        boolean refused() {
            return !acknowledged();
        }

        /** What refused it: the status and the problem's type, or what failed on the way. */
        String refusal() {
            return status + " " + (problemType != null ? problemType : body);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Save> saves = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private AnswerLoad(List<Sittings.Started> sittings) {
        for (Sittings.Started sitting : sittings) {
            sitting.candidate().token(); // signed in before the clock starts
            Thread thread = new Thread(() -> saveContinuously(sitting), "answers-" + sitting.candidate().uln);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    static AnswerLoad start(List<Sittings.Started> sittings) {
        return new AnswerLoad(sittings);
    }

    private void saveContinuously(Sittings.Started sitting) {
        Random random = new Random(sitting.id().hashCode());
        long sequence = 0;
        while (running) {
            int position = 1 + random.nextInt(Sittings.QUESTIONS);
            String optionId = OPTIONS[random.nextInt(OPTIONS.length)];
            sequence++;
            Instant sentAt = Instant.now();
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create(Suite.GATEWAY + "/test-engine/api/sittings/" + sitting.id() + "/responses/" + position))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + sitting.candidate().token())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"optionId\": \"%s\", \"sequence\": %d}".formatted(optionId, sequence)))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                saves.add(Save.answered(sitting.id(), position, optionId, sequence, sentAt, response));
            } catch (IOException e) {
                saves.add(new Save(sitting.id(), position, optionId, sequence, sentAt, 0, null, e.toString()));
            } catch (InterruptedException e) {
                // Nothing interrupts these threads; if something did, the save may have been stored all the same.
                saves.add(new Save(sitting.id(), position, optionId, sequence, sentAt, 0, null, e.toString()));
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), sentAt.plus(PERIOD)).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits until {@code count} saves sent at or after {@code since} ended as the predicate says. */
    void awaitSaves(Predicate<Save> outcome, Instant since, int count, Duration timeout) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        while (saves.stream().filter(save -> !save.sentAt().isBefore(since)).filter(outcome).count() < count) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Fewer than " + count + " such saves since " + since + " within " + timeout
                        + "; the last ones: " + saves.subList(Math.max(0, saves.size() - 5), saves.size()));
            }
            Thread.sleep(100);
        }
    }

    /**
     * Stops every candidate after the save in flight has its answer (none is cut off, so each has a known outcome),
     * and returns all saves in the order they were sent.
     */
    List<Save> stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        List<Save> sent = new ArrayList<>(saves);
        sent.sort(Comparator.comparing(Save::sentAt));
        return sent;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    /**
     * Every acknowledged save said what it stored, and the sitting still holds, per question, the answer of the
     * newest acknowledged save, or of a newer save whose answer was lost on the way back (stored or not, it was never
     * acknowledged). Compared by content, not by count.
     */
    static void assertEveryAcknowledgedAnswerIsStored(Sittings.Started sitting, List<Save> saves) {
        List<Save> ofSitting = saves.stream().filter(save -> save.sittingId().equals(sitting.id())).toList();
        ofSitting.stream().filter(Save::acknowledged).forEach(AnswerLoad::assertReplyConfirmsTheSave);

        JsonPath resumed = Sittings.resume(sitting);
        List<Map<String, Object>> stored = resumed.getList("responses");
        long newestAcknowledged = 0;
        for (int position = 1; position <= Sittings.QUESTIONS; position++) {
            int question = position;
            Map<String, Object> response = stored.stream()
                    .filter(r -> ((Number) r.get("position")).intValue() == question).findFirst()
                    .orElseThrow(() -> new AssertionError("No response entry for question " + question));
            long storedSequence = ((Number) response.get("sequence")).longValue();
            Object storedOption = response.get("optionId");
            Optional<Save> acknowledged = ofSitting.stream()
                    .filter(save -> save.position() == question && save.acknowledged())
                    .max(Comparator.comparingLong(Save::sequence));
            long acknowledgedSequence = acknowledged.map(Save::sequence).orElse(0L);
            newestAcknowledged = Math.max(newestAcknowledged, acknowledgedSequence);
            String where = "sitting " + sitting.id() + " question " + question;

            assertThat(where + ": the newest acknowledged save (sequence " + acknowledgedSequence
                    + ") was overwritten by an older one or lost", storedSequence, greaterThanOrEqualTo(acknowledgedSequence));
            if (storedSequence == 0) {
                assertThat(where + ": stored an answer without a save", storedOption, equalTo(null));
            } else if (storedSequence == acknowledgedSequence) {
                assertThat(where + ": content of the acknowledged save", storedOption,
                        equalTo(acknowledged.orElseThrow().optionId()));
            } else {
                Save unacknowledged = ofSitting.stream()
                        .filter(save -> save.position() == question && save.sequence() == storedSequence)
                        .findFirst().orElse(null);
                assertThat(where + ": stored sequence " + storedSequence + " was never sent for this question",
                        unacknowledged, notNullValue());
                assertThat(where + ": content of unacknowledged save " + storedSequence, storedOption,
                        equalTo(unacknowledged.optionId()));
            }
        }
        assertThat("sitting " + sitting.id() + ": last sequence", resumed.getLong("lastSequence"),
                greaterThanOrEqualTo(newestAcknowledged));
    }

    private static void assertReplyConfirmsTheSave(Save save) {
        Map<String, Object> reply = json(save.body());
        String what = "reply to save " + save.sequence() + " of sitting " + save.sittingId();
        assertThat(what, ((Number) reply.get("position")).intValue(), equalTo(save.position()));
        assertThat(what, reply.get("optionId"), equalTo(save.optionId()));
        assertThat(what, ((Number) reply.get("sequence")).longValue(), equalTo(save.sequence()));
        assertThat(what, reply.get("accepted"), equalTo(true));
    }

    /**
     * A JSON object as a map. Groovy's parser directly: RestAssured's JsonPath compiles a Groovy expression for each
     * path it reads, which makes checking thousands of replies take minutes.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return (Map<String, Object>) new JsonSlurper().parseText(body);
    }
}
