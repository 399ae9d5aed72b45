package uk.awarding.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import uk.awarding.e2e.Candidates.Candidate;

/**
 * The invigilator console and the staff console in Chromium through the gateway, each page checked by axe-core
 * against WCAG 2.2 A and AA with the content a working day has: a room with a running test and its controls, an item
 * with its review, statistics drawn from a marked sitting, the audit, and a running sitting to extend.
 */
@ExtendWith(Suite.class)
class ConsoleAccessibilityIT {

    @Test
    void theInvigilatorConsoleHasNoSeriousViolations() {
        List<Candidate> candidates = Candidates.registerUnbooked("axe-room", 550_000_000L, 1);
        String centre = Keycloak.centreApi();
        String session = Sessions.bookOnOpenSession(centre, "axe-room",
                candidates.stream().map(candidate -> candidate.registrationId).toList());
        Sittings.start(candidates.get(0));

        try (Browser console = new Browser()) {
            console.signIn("/test-engine/test-sessions", "invigilator");
            console.waitForText(By.tagName("h1"), "Test sessions");
            Axe.assertNoSeriousViolations(console);
            console.open("/test-engine/test-sessions/" + session);
            console.waitForText(By.id("candidates-heading"), "Candidates (1)");
            Axe.assertNoSeriousViolations(console);
        }
    }

    @Test
    void theStaffConsoleHasNoSeriousViolations() {
        List<Candidate> candidates = Candidates.register("axe-staff", 560_000_000L, 2);
        Sittings.submit(Sittings.start(candidates.get(0)));
        String running = Sittings.start(candidates.get(1)).id();
        given().auth().oauth2(Keycloak.user("staff")).contentType("application/json")
                .body("{\"minutes\": 15, \"reason\": \"25% extra time approved today\"}")
                .post("/test-engine/api/sittings/" + running + "/time-extensions").then().statusCode(200);

        try (Browser staff = new Browser()) {
            staff.signIn("/test-engine/staff", "staff");
            staff.waitForText(By.tagName("h1"), "Staff console");
            Axe.assertNoSeriousViolations(staff);
            for (String page : List.of("/test-engine/staff/items?unit=2794-210&learningOutcome=LO1",
                    "/test-engine/staff/statistics?unit=2794-210", "/test-engine/staff/audit",
                    "/test-engine/staff/reviews", "/test-engine/staff/sittings?uln=" + candidates.get(1).uln)) {
                staff.open(page);
                Axe.assertNoSeriousViolations(staff);
            }
            staff.open("/test-engine/staff/items?unit=2794-210&learningOutcome=LO1");
            staff.driver().findElement(By.cssSelector("#items tbody th a")).click();
            staff.waitForText(By.tagName("h1"), "Item ");
            Axe.assertNoSeriousViolations(staff);
        }
    }
}
