package uk.awarding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import io.restassured.path.json.JsonPath;

/**
 * The story of docs/architecture.md, through the gateway with real tokens, as one flow: each step needs the one before it.
 */
@ExtendWith(Suite.class)
class FullStoryIT {

    private static final String ULN = "9276308686";
    private static final String QUALIFICATION = "cg-2794-02";
    /** The online multiple-choice test: 25 questions, 18 to pass. */
    private static final String TEST_UNIT = "2794-210";
    private static final int QUESTIONS = 25;
    /** cg-2794-02's mandatory group; one optional unit (the online test here) completes it. */
    private static final List<String> MANDATORY_PORTFOLIO_UNITS = List.of(
            "2794-201", "2794-202", "2794-203", "2794-204", "2794-205", "2794-206");

    @Test
    void candidateIsRegisteredPassesTheTestAndTheCertificateVerifiesPublicly() throws InterruptedException {
        String centre = Keycloak.centreApi();

        String registrationId = centreRegistersTheLearner(centre);
        candidateSeesTheirRegistration(registrationId);
        MANDATORY_PORTFOLIO_UNITS.forEach(unit -> centreRecordsAPortfolioPass(centre, registrationId, unit));
        claimIsRefusedWhileTheOptionalUnitIsMissing(centre, registrationId);

        Sessions.bookOnOpenSession(centre, "full story", List.of(registrationId));
        candidateSitsAndPassesTheTestInTheBrowser();
        testResultReachesCertification(centre, registrationId);
        String certificate = centreClaimsTheCertificate(centre, registrationId);

        anyoneVerifiesTheCertificate(certificate);
        anEmployerVerifiesItInABrowser(certificate);
        theLearnerFindsItOnTheirPageAndDownloadsIt(certificate);
        theCredentialNamesTheAwardingOrganisationWhoseProfileAnswers(certificate);
    }

    private static String centreRegistersTheLearner(String centre) {
        return given().auth().oauth2(centre).contentType("application/json")
                .header("Idempotency-Key", "e2e-story-" + ULN)
                .body("""
                        {"uln": "%s", "givenName": "Amara", "familyName": "Okafor", "dateOfBirth": "2001-04-12",
                         "qualificationId": "%s"}""".formatted(ULN, QUALIFICATION))
                .post("/registration/api/registrations")
                .then().statusCode(201)
                .body("centreNumber", equalTo("CEN001"))
                .body("uln", equalTo(ULN))
                .body("qualificationId", equalTo(QUALIFICATION))
                .body("status", equalTo("ACTIVE"))
                .extract().path("id");
    }

    private static void candidateSeesTheirRegistration(String registrationId) {
        given().auth().oauth2(Keycloak.user("candidate"))
                .get("/registration/api/registrations")
                .then().statusCode(200)
                .body("items.id", hasItem(registrationId));
    }

    private static void centreRecordsAPortfolioPass(String centre, String registrationId, String unit) {
        given().auth().oauth2(centre).contentType("application/json")
                .body("""
                        {"registrationId": "%s", "unit": "%s", "assessor": "Dana Reid",
                         "internalQualityAssurer": "Lee Park", "outcome": "PASS", "achievedOn": "2026-10-01"}"""
                        .formatted(registrationId, unit))
                .post("/certification/api/unit-results")
                .then().statusCode(201)
                .body("unit", equalTo(unit));
    }

    private static void claimIsRefusedWhileTheOptionalUnitIsMissing(String centre, String registrationId) {
        given().auth().oauth2(centre).contentType("application/json")
                .body("{\"registrationId\": \"%s\"}".formatted(registrationId))
                .post("/certification/api/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:rules-of-combination-not-met"))
                .body("shortfalls", not(empty()));
    }

    /**
     * The candidate logs in on Keycloak's own page and sits the whole test on test-engine's candidate pages, every
     * answer right (found through the staff item API); the test engine marks it.
     */
    private static void candidateSitsAndPassesTheTestInTheBrowser() {
        ItemKeys keys = ItemKeys.ofUnit(TEST_UNIT);
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/test-engine/");
            assertThat(page.getCurrentUrl(), startsWith(Suite.REALM + "/protocol/openid-connect/auth"));
            page.findElement(By.id("username")).sendKeys("candidate");
            page.findElement(By.id("password")).sendKeys("candidate");
            page.findElement(By.id("kc-login")).click();

            page.findElement(By.id("start")).click();
            for (int position = 1; position <= QUESTIONS; position++) {
                browser.waitForText(By.cssSelector(".position"), "Question " + position + " of " + QUESTIONS);
                String correct = keys.correctOptionText(page.findElement(By.id("stem")).getText());
                page.findElements(By.cssSelector(".option label")).stream()
                        .filter(label -> ItemKeys.sameText(label.getText(), correct)).findFirst()
                        .orElseThrow(() -> new AssertionError("The correct option is not offered: " + correct))
                        .click();
                page.findElement(By.id(position < QUESTIONS ? "next" : "review")).click();
            }
            page.findElement(By.id("all-answered"));
            page.findElement(By.id("submit")).click();
            page.findElement(By.id("confirm-submit")).click();

            WebElement result = page.findElement(By.id("result"));
            assertThat(result.getDomAttribute("data-score"), equalTo(String.valueOf(QUESTIONS)));
            assertThat(result.getDomAttribute("data-passed"), equalTo("true"));
            assertThat(page.getCurrentUrl(), startsWith(Suite.GATEWAY + "/test-engine/"));
            // The candidate can check it is them and which unit, as registration- and catalogue-service name them,
            // and gets feedback by learning outcome only.
            assertThat(page.findElement(By.id("candidate-name")).getText(), equalTo("Amara Okafor"));
            assertThat(page.findElement(By.id("candidate-uln")).getText(), equalTo(ULN));
            assertThat(page.findElement(By.id("unit-title")).getText(), equalTo(TEST_UNIT + " Customer service principles"));
            assertThat(page.findElement(By.id("feedback")).getText(), containsString("LO3: 8 of 8"));

            // A passed unit is not offered again, by the resit policy of catalogue-service's test specification.
            page.findElement(By.id("back-to-tests")).click();
            assertThat(page.findElement(By.id("passed")).getText(), containsString("You have passed this unit"));
            assertThat(page.findElements(By.id("start")), empty());
        }
    }

    /** The test engine delivers a pass through its outbox, a few seconds after submission. */
    private static void testResultReachesCertification(String centre, String registrationId) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        while (!given().auth().oauth2(centre)
                .get("/certification/api/registrations/" + registrationId + "/unit-results")
                .then().statusCode(200).extract().jsonPath().getList("items.unit").contains(TEST_UNIT)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("The passed " + TEST_UNIT + " did not reach certification-service in 90 s");
            }
            Thread.sleep(1000);
        }
    }

    private static String centreClaimsTheCertificate(String centre, String registrationId) {
        return given().auth().oauth2(centre).contentType("application/json")
                .header("Idempotency-Key", "e2e-claim-" + registrationId)
                .body("{\"registrationId\": \"%s\"}".formatted(registrationId))
                .post("/certification/api/claims")
                .then().statusCode(201)
                .body("type", equalTo("FULL"))
                .body("units.size()", equalTo(7))
                .extract().path("number");
    }

    /** No token: verification is public, by certificate number and the learner's family name. */
    private static void anyoneVerifiesTheCertificate(String number) {
        given().accept("application/json").queryParam("familyName", "Okafor")
                .get("/certification/verify/" + number)
                .then().statusCode(200)
                .body("status", equalTo("valid"))
                .body("certificate.number", equalTo(number));
        given().accept("application/json").queryParam("familyName", "Okafor")
                .get("/verify/" + number)
                .then().statusCode(200)
                .body("status", equalTo("valid"));
    }

    /**
     * The learner signs in at Keycloak through the gateway and finds the certificate on "Your certificates"; the page's
     * download links work in that session.
     */
    private static void theLearnerFindsItOnTheirPageAndDownloadsIt(String number) {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/certification/my-certificates");
            page.findElement(By.id("username"));
            assertThat(page.getCurrentUrl(), startsWith(Suite.REALM + "/protocol/openid-connect/auth"));
            page.findElement(By.id("username")).sendKeys("candidate");
            page.findElement(By.id("password")).sendKeys("candidate");
            page.findElement(By.id("kc-login")).click();
            browser.waitForText(By.tagName("h1"), "Your certificates");

            WebElement pdf = page.findElement(By.cssSelector("#certificate-" + number + " a[href$='/pdf']"));
            assertThat(pdf.getDomAttribute("href"),
                    equalTo(Suite.GATEWAY + "/certification/my-certificates/" + number + "/pdf"));
            Map<String, String> cookies = page.manage().getCookies().stream()
                    .collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
            given().cookies(cookies).redirects().follow(false).get(pdf.getDomAttribute("href"))
                    .then().statusCode(200).contentType("application/pdf");
            given().cookies(cookies).redirects().follow(false)
                    .get("/certification/my-certificates/" + number + "/credential")
                    .then().statusCode(200).contentType("application/vc+jwt");
        }
        given().auth().oauth2(Keycloak.user("candidate")).get("/certification/api/certificates")
                .then().statusCode(200).body("items.number", hasItem(number));
    }

    /** The credential's issuer is the organisation the certificate names, and its id is a document, not a redirect. */
    private static void theCredentialNamesTheAwardingOrganisationWhoseProfileAnswers(String number) {
        String jwt = given().auth().oauth2(Keycloak.user("candidate"))
                .get("/certification/api/certificates/" + number + "/credential")
                .then().statusCode(200).extract().asString();
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8);
        JsonPath credential = new JsonPath(payload);
        assertThat(credential.getString("issuer.name"), equalTo("City & Guilds"));
        given().redirects().follow(false).get(credential.getString("issuer.id"))
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(credential.getString("issuer.id")))
                .body("name", equalTo("City & Guilds"));
    }

    /** The short address printed on the certificate, its form filled in the way a person does it. */
    private static void anEmployerVerifiesItInABrowser(String number) {
        try (Browser browser = new Browser()) {
            browser.open("/verify/" + number);
            browser.driver().findElement(By.id("familyName")).sendKeys("Okafor");
            browser.driver().findElement(By.cssSelector("button[type=submit]")).click();

            assertThat(browser.driver().findElement(By.id("verdict")).getText(), startsWith("Valid"));
            // The page shows what proves the certificate, not the learner's lifelong identifier.
            assertThat(browser.driver().getPageSource(), not(containsString(ULN)));
        }
    }
}
