package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import io.restassured.path.json.JsonPath;
import uk.awarding.e2e.Candidates.Candidate;

/**
 * An invigilated test session in Chromium through the gateway: the centre's system schedules a session of 2794-210
 * and books two candidates; the invigilator signs in to the console, opens the session and reads the keycode; both
 * candidates start with it on their own pages; the invigilator pauses the room (saves are refused, both pages say the
 * test is paused and by whom), resumes it (the pages go back to the test by themselves), and adds 5 minutes to one
 * candidate for an incident. Both deadlines move by exactly the time the room stood paused, one by 5 minutes more.
 */
@ExtendWith(Suite.class)
class InvigilatedSessionIT {

    @Test
    void invigilatorRunsTheRoomAndTheClockCountsOnlyTheTimeItRan() throws InterruptedException {
        String centre = Keycloak.centreApi();
        String session = Sessions.schedule(centre, "Room 4, e2e", true);
        List<Candidate> candidates = Candidates.registerUnbooked("session", 540_000_000L, 2);
        candidates.forEach(candidate -> Sessions.book(centre, session, candidate.registrationId));

        try (Browser console = new Browser(); Browser first = new Browser(); Browser second = new Browser()) {
            console.signIn("/test-engine/test-sessions/" + session, "invigilator");
            console.driver().findElement(By.id("open-session")).click();
            String keycode = console.driver().findElement(By.id("keycode")).getText();
            assertThat(keycode, matchesPattern("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}"));

            List<Browser> pages = List.of(first, second);
            List<String> sittings = List.of(startWithKeycode(first, candidates.get(0), keycode),
                    startWithKeycode(second, candidates.get(1), keycode));
            List<Instant> deadlinesBefore = List.of(deadline(candidates.get(0), sittings.get(0)),
                    deadline(candidates.get(1), sittings.get(1)));

            console.driver().findElement(By.id("pause-reason")).sendKeys("Fire alarm");
            console.driver().findElement(By.id("pause-room")).click();
            console.waitForText(By.id("done"), "The room is paused");

            for (int i = 0; i < 2; i++) {
                given().auth().oauth2(candidates.get(i).token()).contentType("application/json")
                        .body("{\"optionId\": \"A\", \"sequence\": 1000}")
                        .put("/test-engine/api/sittings/" + sittings.get(i) + "/responses/1")
                        .then().statusCode(409).body("type", equalTo("urn:awarding:problem:sitting-paused"));
                // The page's script saves the choice, is refused and shows the pause.
                pages.get(i).driver().findElement(By.cssSelector("label[for=option-A]")).click();
                pages.get(i).waitForText(By.id("paused-by"), "invigilator has paused your test");
            }
            Thread.sleep(2_000);

            console.driver().findElement(By.id("resume-room")).click();
            console.waitForText(By.id("done"), "The room has resumed");
            for (Browser page : pages) {
                page.waitForText(By.cssSelector(".position"), "Question 1 of " + Sittings.QUESTIONS);
            }

            // The console refreshes its table every few seconds, but not while a form in it is open: each step finds
            // the row again.
            By row = By.id("candidate-" + candidates.get(0).registrationId);
            console.driver().findElement(row).findElement(By.cssSelector("details summary")).click();
            console.driver().findElement(row).findElement(By.name("minutes")).sendKeys("5");
            console.driver().findElement(row).findElement(By.cssSelector("input[id^=time-reason]"))
                    .sendKeys("Computer restarted");
            console.driver().findElement(row).findElement(By.cssSelector("button[id^=add-time]")).click();
            console.waitForText(By.id("done"), "Time added");

            Duration paused = roomPause(session);
            assertThat(deadline(candidates.get(0), sittings.get(0)),
                    equalTo(deadlinesBefore.get(0).plus(paused).plus(Duration.ofMinutes(5))));
            assertThat(deadline(candidates.get(1), sittings.get(1)), equalTo(deadlinesBefore.get(1).plus(paused)));
            assertThat(console.driver().findElement(By.id("audit")).getText(), containsString("Reason: Fire alarm"));
        }
    }

    /** The candidate starts on the start page with the keycode; answers the id of the sitting from the address. */
    private static String startWithKeycode(Browser browser, Candidate candidate, String keycode) {
        browser.signIn("/test-engine/", candidate.username);
        browser.driver().findElement(By.id("keycode")).sendKeys(keycode.toLowerCase());
        browser.driver().findElement(By.id("start")).click();
        browser.waitForText(By.cssSelector(".position"), "Question 1 of " + Sittings.QUESTIONS);
        String url = browser.driver().getCurrentUrl();
        return url.replaceAll(".*/sittings/([^/]+)/questions/.*", "$1");
    }

    private static Instant deadline(Candidate candidate, String sittingId) {
        return Instant.parse(given().auth().oauth2(candidate.token()).get("/test-engine/api/sittings/" + sittingId)
                .then().statusCode(200).extract().path("deadline"));
    }

    /** How long the room stood paused, from the session's audit: the room's pause to its resumption. */
    private static Duration roomPause(String session) {
        JsonPath events = given().auth().oauth2(Keycloak.user("invigilator"))
                .get("/test-engine/api/test-sessions/" + session + "/events")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> room = events.<Map<String, Object>>getList("").stream()
                .filter(event -> event.get("registrationId") == null).toList();
        Instant pausedAt = at(room, "PAUSED");
        Instant resumedAt = at(room, "RESUMED");
        return Duration.between(pausedAt, resumedAt);
    }

    private static Instant at(List<Map<String, Object>> events, String action) {
        return events.stream().filter(event -> action.equals(event.get("action"))).findFirst()
                .map(event -> Instant.parse((String) event.get("at")))
                .orElseThrow(() -> new AssertionError("No " + action + " in the session's audit"));
    }
}
