package uk.awarding.testengine.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.testengine.Candidates.newUln;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;

/** What the API takes as a bearer token: a signed access token of the realm, and nothing else. */
@QuarkusTest
class BearerTokenTest {

    @Test
    void anIdTokenIsRefusedWhereItsAccessTokenIsAccepted() {
        // No sitting is started: the access token gets past authentication to the sitting's 404, the ID token not.
        String uln = newUln();
        String sittingId = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.candidate(uln)).when().get("/api/sittings/" + sittingId).then()
                .statusCode(404);

        String idToken = TestTokens.idToken("candidate-" + uln, Set.of("candidate"), Map.of("uln", uln));
        given().auth().oauth2(idToken).when().get("/api/sittings/" + sittingId).then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.idToken("staff", Set.of("awarding-staff"), Map.of())).when()
                .get("/api/items").then().statusCode(401);
        // Nor do the candidate pages, which also take a bearer token, accept one.
        given().auth().oauth2(idToken).redirects().follow(false).when().get("/sittings/" + sittingId + "/review")
                .then().statusCode(401);
    }

    @Test
    void aBearerThatIsNotAJwtIsRefusedQuietlyWithoutAskingTheProvider() {
        List<LogRecord> errors = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            for (String opaque : List.of("not-a-token", "alice", "0123456789abcdef0123456789abcdef")) {
                given().auth().oauth2(opaque).when().get("/api/items").then().statusCode(401)
                        .contentType("application/problem+json");
                given().auth().oauth2(opaque).when().get("/api/sittings/any").then().statusCode(401);
            }
        } finally {
            root.removeHandler(handler);
        }
        assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
    }
}
