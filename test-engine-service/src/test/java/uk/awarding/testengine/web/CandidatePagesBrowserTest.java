package uk.awarding.testengine.web;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.testengine.Candidates.activeRegistration;
import static uk.awarding.testengine.Candidates.newUln;
import static uk.awarding.testengine.Candidates.storedForm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.testengine.Candidates;
import uk.awarding.testengine.Candidates.StoredQuestion;
import uk.awarding.testengine.TestClock;

/**
 * A candidate sits the test in a real headless Chromium, signed in by the OIDC authorization code flow against the
 * OIDC test server. Its code-grant token answer is replaced by one carrying a candidate access token with a
 * {@code uln}, as Keycloak issues for a candidate.
 */
@QuarkusTest
class CandidatePagesBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final UUID CODE_GRANT_STUB = UUID.nameUUIDFromBytes("candidate-code-grant".getBytes());

    @TestHTTPResource("/")
    URL root;
    @OidcWireMock
    WireMockServer oidc;
    @Inject
    DataSource dataSource;
    @Inject
    TestClock clock;
    private final List<Path> profiles = new ArrayList<>();

    private String uln;
    private String registrationId;

    @BeforeEach
    void registeredCandidate() {
        uln = newUln();
        registrationId = activeRegistration(uln);
    }

    @AfterEach
    void cleanUp() throws IOException {
        clock.reset();
        removeCodeGrantStub();
        for (Path profile : profiles) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void sitsAWholeTestClosesTheBrowserResumesInANewOneAndSeesTheResult() {
        String sittingId;
        List<StoredQuestion> form;
        WebDriver browser = chromium(true);
        try {
            visit(browser, root.toString());
            assertEquals("Your online tests – Online test", browser.getTitle());
            browser.findElement(By.id("start")).click();
            sittingId = sittingIdOf(browser);
            form = storedForm(dataSource, sittingId);
            for (StoredQuestion question : form.subList(0, 12)) {
                answer(browser, question);
            }
            waitForTitle(browser, "Question 13 of 25 – Online test");
            browser.findElement(By.id("flagged")).click();
            waitForText(browser, "save-status", "Answer saved.");
        } finally {
            browser.quit();
        }

        browser = chromium(true);
        try {
            visit(browser, root.toString());
            assertEquals("Resume the test", browser.findElement(By.id("start")).getText());
            browser.findElement(By.id("start")).click();
            // The test goes on at the first unanswered question, 13.
            waitForTitle(browser, "Question 13 of 25 – Online test");
            assertTrue(browser.getCurrentUrl().endsWith("/sittings/" + sittingId + "/questions/13"),
                    browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("flagged")).isSelected(), "the flag on question 13 survived");
            assertEquals("12", browser.findElement(By.id("answered-count")).getText());
            browser.findElement(By.id("goto-1")).click();
            waitForTitle(browser, "Question 1 of 25 – Online test");
            assertTrue(browser.findElement(By.id("option-" + form.get(0).key())).isSelected(),
                    "the answer saved before the browser closed is still selected");
            browser.findElement(By.id("goto-13")).click();
            for (StoredQuestion question : form.subList(12, 25)) {
                answer(browser, question);
            }
            browser.findElement(By.id("review")).click();
            waitForTitle(browser, "Review your answers – Online test");
            assertTrue(browser.findElement(By.id("all-answered")).isDisplayed());
            assertEquals("Question 13", browser.findElement(By.id("flagged-list")).getText());
            browser.findElement(By.id("submit")).click();
            waitForTitle(browser, "Submit your answers? – Online test");
            browser.findElement(By.id("confirm-submit")).click();
            waitForTitle(browser, "Your result – Online test");
            var result = browser.findElement(By.id("result"));
            assertEquals("true", result.getAttribute("data-passed"));
            assertEquals("20", result.getAttribute("data-score"));
        } finally {
            browser.quit();
        }
        assertEquals(20, storedForm(dataSource, sittingId).stream().filter(q -> q.key().equals(q.selectedOption())).count());
    }

    @Test
    void answersWithJavaScriptTurnedOff() {
        WebDriver browser = chromium(false);
        try {
            visit(browser, root.toString());
            browser.findElement(By.id("start")).click();
            String sittingId = sittingIdOf(browser);
            List<StoredQuestion> form = storedForm(dataSource, sittingId);
            for (StoredQuestion question : form.subList(0, 3)) {
                answer(browser, question);
            }
            // The last answer's "Next" is a plain form post: read the page it lands on, not the one it left.
            waitForTitle(browser, "Question 4 of 25 – Online test");
            // Without the script nothing is saved in place; the buttons' plain form posts did all of it.
            assertEquals("", browser.findElement(By.id("save-status")).getText());
            browser.findElement(By.id("previous")).click();
            waitForTitle(browser, "Question 3 of 25 – Online test");
            assertTrue(browser.findElement(By.id("option-" + form.get(2).key())).isSelected());
            List<StoredQuestion> stored = storedForm(dataSource, sittingId);
            for (int i = 0; i < 3; i++) {
                assertEquals(form.get(i).key(), stored.get(i).selectedOption(), "question " + (i + 1));
            }
            assertEquals(null, stored.get(3).selectedOption());
        } finally {
            browser.quit();
        }
    }

    /**
     * The end of a test without waiting an hour: the server's clock is moved towards the deadline and the page loaded
     * again, which is what the page sees of a test whose time is nearly up (its countdown starts from the server's
     * remaining seconds). At zero the page goes to the result by itself, and the answers saved are marked.
     */
    @Test
    void warnsAtTenAndFiveMinutesThenAtTheEndMarksTheSavedAnswersAndShowsTheResult() {
        WebDriver browser = chromium(true);
        try {
            visit(browser, root.toString());
            browser.findElement(By.id("start")).click();
            String sittingId = sittingIdOf(browser);
            StoredQuestion first = storedForm(dataSource, sittingId).get(0);
            browser.findElement(By.cssSelector("label[for='option-" + first.key() + "']")).click();
            waitForText(browser, "save-status", "Answer saved.");
            // 75 minutes allowed (60 + 25%): move the server's clock to 9 minutes before the deadline and reload.
            clock.advance(Duration.ofMinutes(66));
            browser.navigate().refresh();
            waitForText(browser, "time-warning", "10 minutes left. Your answers are saved.");
            assertEquals("polite", browser.findElement(By.id("time-warning")).getAttribute("aria-live"));
            assertEquals("status", browser.findElement(By.id("time-warning")).getAttribute("role"));
            assertTrue(browser.findElement(By.id("remaining")).getText().matches("[89] min \\d+ s"),
                    browser.findElement(By.id("remaining")).getText());

            clock.advance(Duration.ofMinutes(5));
            browser.navigate().refresh();
            waitForText(browser, "time-warning", "5 minutes left. Your answers are saved.");
            assertTrue(browser.findElement(By.id("remaining")).getText().matches("[34] min \\d+ s"),
                    browser.findElement(By.id("remaining")).getText());

            long left = Long.parseLong(browser.findElement(By.id("timer")).getAttribute("data-remaining"));
            clock.advance(Duration.ofSeconds(left - 4));
            browser.navigate().refresh();
            waitForTitle(browser, "Your result – Online test");
            assertTrue(browser.findElement(By.id("time-ran-out")).isDisplayed());
            assertEquals("1", browser.findElement(By.id("result")).getAttribute("data-score"));
            assertEquals("false", browser.findElement(By.id("result")).getAttribute("data-passed"));
            assertTrue(browser.findElement(By.id("feedback")).getText().contains(first.learningOutcome() + ": 1 of "),
                    browser.findElement(By.id("feedback")).getText());
        } finally {
            browser.quit();
        }
    }

    /**
     * Saves made by the page's script show what the server stored: the navigator and the answered count follow each
     * save, and an answer another window replaced with a newer one is reported as not saved, with the stored answer
     * shown, after which the page's next change is saved again.
     */
    @Test
    void eachSaveInPlaceShowsWhatTheServerStoredEvenWhenAnotherWindowWon() {
        WebDriver browser = chromium(true);
        try {
            visit(browser, root.toString());
            browser.findElement(By.id("start")).click();
            String sittingId = sittingIdOf(browser);
            StoredQuestion first = storedForm(dataSource, sittingId).get(0);
            String wrong = Candidates.wrong(first.key());
            browser.findElement(By.cssSelector("label[for='option-" + first.key() + "']")).click();
            waitForText(browser, "save-status", "Answer saved.");
            assertEquals("1", browser.findElement(By.id("answered-count")).getText());
            assertTrue(browser.findElement(By.id("goto-1")).getAttribute("class").contains("answered"));
            assertTrue(browser.findElement(By.id("goto-1")).getText().contains("answered"));
            browser.findElement(By.cssSelector("label[for='flagged']")).click();
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.attributeContains(By.id("goto-1"), "class",
                    "flagged"));

            // Another window (here the API, as the same candidate) saves a newer answer to question 1.
            Candidates.save(uln, sittingId, 1, wrong, 100).then().statusCode(200);
            // A third option, so that choosing it here is a change the page saves.
            String mine = java.util.stream.Stream.of("A", "B", "C", "D")
                    .filter(o -> !o.equals(first.key()) && !o.equals(wrong)).findFirst().orElseThrow();
            browser.findElement(By.cssSelector("label[for='option-" + mine + "']")).click();
            waitForText(browser, "save-status",
                    "Not saved: another window saved a newer answer; the stored answer is shown.");
            assertTrue(browser.findElement(By.id("option-" + wrong)).isSelected(), "the stored answer is shown");
            assertFalse(browser.findElement(By.id("option-" + mine)).isSelected());
            StoredQuestion stored = storedForm(dataSource, sittingId).get(0);
            assertEquals(wrong, stored.selectedOption());
            assertEquals(stored.flagged(), browser.findElement(By.id("flagged")).isSelected());

            // The page caught up with the newer save: the candidate's next change here is kept.
            new WebDriverWait(browser, PATIENCE).until(d -> Long.parseLong(
                    d.findElement(By.id("sequence")).getAttribute("value")) > 100);
            browser.findElement(By.cssSelector("label[for='option-" + mine + "']")).click();
            waitForText(browser, "save-status", "Answer saved.");
            assertEquals(mine, storedForm(dataSource, sittingId).get(0).selectedOption());
        } finally {
            browser.quit();
        }
    }

    /** Answers correctly up to question 20 and wrongly after, flags question 13, then moves on. */
    private void answer(WebDriver browser, StoredQuestion question) {
        waitForTitle(browser, "Question " + question.position() + " of 25 – Online test");
        String page = browser.getPageSource();
        assertFalse(page.contains(question.rationale()), "rationale of question " + question.position() + " in the page");
        String option = question.position() <= 20 ? question.key() : Candidates.wrong(question.key());
        browser.findElement(By.cssSelector("label[for='option-" + option + "']")).click();
        if (question.position() == 13 && !browser.findElement(By.id("flagged")).isSelected()) {
            browser.findElement(By.cssSelector("label[for='flagged']")).click();
        }
        if (question.position() < 25) {
            browser.findElement(By.id("next")).click();
        }
    }

    private void visit(WebDriver browser, String url) {
        browser.get(url);
        if (!browser.findElements(By.id("login")).isEmpty()) {
            stubCodeGrant();
            browser.findElement(By.id("login")).click();
        }
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
    }

    /** The token endpoint's answer to the code grant: this candidate's access and ID tokens, freshly signed. */
    private void stubCodeGrant() {
        removeCodeGrantStub();
        String token = TestTokens.candidate(uln);
        CandidatePagesStubs.activeRegistrations(uln, token, registrationId);
        oidc.stubFor(post(urlEqualTo("/auth/realms/quarkus/token")).atPriority(1)
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(okJson("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"id_token\":\"" + TestTokens.candidate(uln) + "\"}"))
                .withId(CODE_GRANT_STUB));
    }

    private void removeCodeGrantStub() {
        oidc.getStubMappings().stream().filter(m -> CODE_GRANT_STUB.equals(m.getId())).findFirst()
                .ifPresent(oidc::removeStub);
    }

    /** A fresh browser with its own empty profile, so nothing (no session cookie) carries over from another. */
    private ChromeDriver chromium(boolean javaScript) {
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        profiles.add(profile);
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(PATIENCE);
        return driver;
    }

    private static String sittingIdOf(WebDriver browser) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlMatches("/sittings/[^/]+/questions/1$"));
        String[] path = browser.getCurrentUrl().split("/");
        return path[path.length - 3];
    }

    private static void waitForTitle(WebDriver browser, String title) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.titleIs(title));
    }

    private static void waitForText(WebDriver browser, String id, String text) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.textToBe(By.id(id), text));
    }
}
