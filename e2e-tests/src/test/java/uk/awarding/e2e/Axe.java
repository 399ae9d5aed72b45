package uk.awarding.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (Deque's accessibility engine, from the {@code org.webjars.npm:axe-core} jar, its version from the pom) run in the page the browser
 * shows: the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. A serious or critical violation fails the test, naming
 * the rule, its help text and the elements; minor and moderate ones are left to review.
 */
final class Axe {

    private static final String SCRIPT = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version")
            + "/axe.min.js";
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> FAILING = List.of("serious", "critical");

    private Axe() {
    }

    /** Checks the page the browser shows now. */
    static void assertNoSeriousViolations(Browser browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript(script());
        Object answer = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(results => done(results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' '))}))))
                  .catch(error => done({error: String(error)}));
                """, TAGS);
        if (answer instanceof Map<?, ?> error) {
            fail("axe-core did not run on " + browser.driver().getCurrentUrl() + ": " + error.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) answer;
        List<Map<String, Object>> failing = violations.stream().filter(v -> FAILING.contains(v.get("impact"))).toList();
        if (!failing.isEmpty()) {
            fail(failing.size() + " serious or critical accessibility violation(s) on " + browser.driver().getCurrentUrl()
                    + ":\n" + failing.stream().map(v -> "- " + v.get("id") + " (" + v.get("impact") + "): " + v.get("help")
                            + " at " + v.get("nodes")).collect(Collectors.joining("\n")));
        }
    }

    private static String script() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is not on the test class path (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
