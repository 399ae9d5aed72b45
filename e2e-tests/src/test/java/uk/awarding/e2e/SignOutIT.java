package uk.awarding.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The candidate site on a shared exam-room PC: signing out ends the session at the test engine and at Keycloak, so the
 * next person must give a password, and the session cookie dies with the browser. Someone signed in with another
 * kind of account is told the site is for candidates and can switch account.
 */
@ExtendWith(Suite.class)
class SignOutIT {

    @Test
    void signingOutEndsTheKeycloakSessionSoSigningInAgainAsksForThePassword() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/test-engine/");
            signIn(page, "candidate");
            browser.waitForText(By.tagName("h1"), "Your online tests");

            List<Cookie> session = sessionCookies(page);
            assertThat("the sign-in set no session cookie", session, not(empty()));
            for (Cookie cookie : session) {
                assertThat(cookie.getName() + " outlives the browser", cookie.getExpiry(), nullValue());
                assertThat(cookie.getName(), cookie.isHttpOnly(), equalTo(true));
            }

            page.findElement(By.id("sign-out")).click();
            browser.waitForText(By.tagName("h1"), "You have signed out");
            assertThat(page.getCurrentUrl(), startsWith(Suite.GATEWAY + "/test-engine/signed-out"));
            assertThat(sessionCookies(page), empty());

            page.findElement(By.id("sign-in-again")).click();
            page.findElement(By.id("password"));
            assertThat("Keycloak signed the browser in again without a password", page.getCurrentUrl(),
                    startsWith(Suite.REALM + "/protocol/openid-connect/auth"));
        }
    }

    @Test
    void staffAreToldTheSiteIsForCandidatesAndSwitchAccountBySigningOut() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/test-engine/");
            signIn(page, "staff");
            browser.waitForText(By.tagName("h1"), "This site is for candidates");
            assertThat(page.findElement(By.id("not-a-candidate")).getText(),
                    startsWith("You are signed in as staff,"));

            page.findElement(By.id("sign-out-to-switch")).click();
            browser.waitForText(By.tagName("h1"), "You have signed out");
            page.findElement(By.id("sign-in-again")).click();
            signIn(page, "candidate");
            browser.waitForText(By.tagName("h1"), "Your online tests");
        }
    }

    /** Keycloak's own login page, as a person fills it in. */
    private static void signIn(WebDriver page, String account) {
        page.findElement(By.id("username"));
        assertThat(page.getCurrentUrl(), startsWith(Suite.REALM + "/protocol/openid-connect/auth"));
        page.findElement(By.id("username")).sendKeys(account);
        page.findElement(By.id("password")).sendKeys(account);
        page.findElement(By.id("kc-login")).click();
    }

    private static List<Cookie> sessionCookies(WebDriver page) {
        return page.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session")).toList();
    }
}
