package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import uk.awarding.e2e.Candidates.Candidate;

/** A candidate's sittings of the online test through test-engine's JSON API at the gateway. */
final class Sittings {

    /** The online multiple-choice test: 25 questions, 60 minutes, 18 to pass. */
    static final String TEST_UNIT = "2794-210";
    static final int QUESTIONS = 25;

    private Sittings() {
    }

    /** A started sitting as its start answered: the deadline the server fixed and the questions it drew. */
    record Started(Candidate candidate, String id, Instant deadline, List<Map<String, Object>> questions) {
    }

    static Started start(Candidate candidate) {
        JsonPath sitting = given().auth().oauth2(candidate.token()).contentType("application/json")
                .body("{\"registrationId\": \"%s\", \"unit\": \"%s\"}".formatted(candidate.registrationId, TEST_UNIT))
                .post("/test-engine/api/sittings")
                .then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> questions = sitting.getList("questions");
        assertThat(questions.size(), equalTo(QUESTIONS));
        return new Started(candidate, sitting.getString("id"), Instant.parse(sitting.getString("deadline")), questions);
    }

    static JsonPath resume(Started sitting) {
        return given().auth().oauth2(sitting.candidate().token())
                .get("/test-engine/api/sittings/" + sitting.id())
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * The sitting is open with the deadline it was given at the start, and the server counts the time left from it
     * by its own clock: {@code remainingSeconds} is deadline minus the moment it answered (this machine's clock is
     * the server's), whole seconds rounded down.
     */
    static void assertResumesWithItsDeadline(Started sitting) {
        Instant before = Instant.now();
        JsonPath resumed = resume(sitting);
        Instant after = Instant.now();

        assertThat(resumed.getString("status"), equalTo("OPEN"));
        assertThat(Instant.parse(resumed.getString("deadline")), equalTo(sitting.deadline()));
        assertThat(resumed.getLong("remainingSeconds"), both(greaterThanOrEqualTo(
                Duration.between(after, sitting.deadline()).toSeconds() - 1))
                .and(lessThanOrEqualTo(Duration.between(before, sitting.deadline()).toSeconds())));
    }

    /** Answers every question with its key (found through the staff item-bank API, as FullStoryIT does). */
    static void answerAllCorrectly(Started sitting, ItemKeys keys) {
        long sequence = 0;
        for (Map<String, Object> question : sitting.questions()) {
            String correct = keys.correctOptionText((String) question.get("stem"));
            @SuppressWarnings("unchecked")
            List<Map<String, String>> options = (List<Map<String, String>>) question.get("options");
            String optionId = options.stream().filter(option -> ItemKeys.sameText(option.get("text"), correct))
                    .findFirst().orElseThrow(() -> new AssertionError("The key is not offered: " + correct)).get("id");
            given().auth().oauth2(sitting.candidate().token()).contentType("application/json")
                    .body("{\"optionId\": \"%s\", \"sequence\": %d}".formatted(optionId, ++sequence))
                    .put("/test-engine/api/sittings/" + sitting.id() + "/responses/" + question.get("position"))
                    .then().statusCode(200).body("optionId", equalTo(optionId));
        }
    }

    /** Submits the sitting and returns the result the test engine marked. */
    static JsonPath submit(Started sitting) {
        return given().auth().oauth2(sitting.candidate().token())
                .post("/test-engine/api/sittings/" + sitting.id() + "/submission")
                .then().statusCode(200).extract().jsonPath();
    }
}
