package uk.awarding.e2e;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.restassured.path.json.JsonPath;

/**
 * Test sessions through test-engine's API at the gateway: unit 2794-210 is sat only in an invigilated session, so
 * every story's candidates are booked by the centre's system on a session the demo invigilator opens.
 */
final class Sessions {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Longer than any story takes from scheduling its session to its last start. */
    private static final Duration STORY = Duration.ofMinutes(5);

    private Sessions() {
    }

    /** Schedules a session of 2794-210 for today, taking starts all day, as the centre's system. */
    static String schedule(String centre, String location, boolean keycodeRequired) {
        return given().auth().oauth2(centre).contentType("application/json")
                .body("""
                        {"unit": "%s", "date": "%s", "startFrom": "00:00", "startUntil": "23:59:59",
                         "location": "%s", "invigilators": ["invigilator"], "keycodeRequired": %s}"""
                        .formatted(Sittings.TEST_UNIT, sessionDate(), location, keycodeRequired))
                .post("/test-engine/api/test-sessions")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * Today, the date of a story's session. A session takes starts only on its own date, so a story that would cross
     * midnight waits for the new day first; its starts would otherwise be refused as outside yesterday's session.
     */
    private static LocalDate sessionDate() {
        ZonedDateTime now = ZonedDateTime.now(UK);
        Duration left = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(UK));
        if (left.compareTo(STORY) < 0) {
            try {
                Thread.sleep(left.plusSeconds(1).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the new day", e);
            }
        }
        return LocalDate.now(UK);
    }

    static void book(String centre, String session, String registrationId) {
        given().auth().oauth2(centre).contentType("application/json")
                .body("{\"registrationId\": \"%s\"}".formatted(registrationId))
                .post("/test-engine/api/test-sessions/" + session + "/bookings")
                .then().statusCode(201);
    }

    /** Opens the session as the demo invigilator; answers it, with its keycode if it has one. */
    static JsonPath open(String session) {
        return given().auth().oauth2(Keycloak.user("invigilator"))
                .post("/test-engine/api/test-sessions/" + session + "/opening")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Books the registrations on a new open session that needs no keycode, so they start as before. */
    static String bookOnOpenSession(String centre, String story, List<String> registrationIds) {
        String session = schedule(centre, "e2e " + story, false);
        registrationIds.forEach(registrationId -> book(centre, session, registrationId));
        open(session);
        return session;
    }
}
