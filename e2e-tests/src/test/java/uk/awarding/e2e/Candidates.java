package uk.awarding.e2e;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Candidates beyond the realm's one demo account, for stories that need several at once: each is created in Keycloak
 * through its admin API (as an awarding organisation's identity team would), with the {@code uln} attribute the
 * realm's mapper puts in tokens, and registered on cg-2794-02 by the centre's system, as in FullStoryIT. The realm
 * file is not touched; the users live only as long as the suite's in-memory Keycloak.
 */
final class Candidates {

    static final String QUALIFICATION = "cg-2794-02";
    private static final String ADMIN_USERS = "http://localhost:8180/admin/realms/awarding/users";
    /** Tokens live 5 minutes in the realm; a fresh one well before that keeps long stories signed in. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(3);

    private Candidates() {
    }

    /** A registered candidate with its own ULN, signing in with the password grant of {@code suite-cli}. */
    static final class Candidate {
        final String username;
        final String uln;
        final String registrationId;
        private String token;
        private Instant tokenFetched = Instant.MIN;

        private Candidate(String username, String uln, String registrationId) {
            this.username = username;
            this.uln = uln;
            this.registrationId = registrationId;
        }

        synchronized String token() {
            if (Instant.now().isAfter(tokenFetched.plus(TOKEN_REUSE))) {
                tokenFetched = Instant.now();
                token = Keycloak.user(username);
            }
            return token;
        }
    }

    /**
     * Creates and registers {@code count} candidates whose ULNs are the first valid ones from {@code firstNineDigits}
     * on, booked on one open test session that needs no keycode; each story uses its own range, so no two share a
     * learner.
     */
    static List<Candidate> register(String story, long firstNineDigits, int count) {
        List<Candidate> candidates = registerUnbooked(story, firstNineDigits, count);
        Sessions.bookOnOpenSession(Keycloak.centreApi(), story,
                candidates.stream().map(candidate -> candidate.registrationId).toList());
        return candidates;
    }

    /** As {@link #register}, booked on no test session. */
    static List<Candidate> registerUnbooked(String story, long firstNineDigits, int count) {
        String admin = Keycloak.admin();
        String candidateRole = given().auth().oauth2(admin)
                .get("http://localhost:8180/admin/realms/awarding/roles/candidate")
                .then().statusCode(200).extract().asString();
        String centre = Keycloak.centreApi();
        List<Candidate> candidates = new ArrayList<>();
        for (String uln : validUlns(firstNineDigits, count)) {
            String username = story + "-" + uln;
            String userId = createUser(admin, username, uln);
            given().auth().oauth2(admin).contentType("application/json").body("[" + candidateRole + "]")
                    .post(ADMIN_USERS + "/" + userId + "/role-mappings/realm")
                    .then().statusCode(204);
            String registrationId = given().auth().oauth2(centre).contentType("application/json")
                    .header("Idempotency-Key", "e2e-" + username)
                    .body("""
                            {"uln": "%s", "givenName": "Sam", "familyName": "Candidate", "dateOfBirth": "2000-02-29",
                             "qualificationId": "%s"}""".formatted(uln, QUALIFICATION))
                    .post("/registration/api/registrations")
                    .then().statusCode(201).extract().path("id");
            candidates.add(new Candidate(username, uln, registrationId));
        }
        return candidates;
    }

    private static String createUser(String admin, String username, String uln) {
        // Email and names complete the realm's user profile, so the password grant meets no required action.
        String location = given().auth().oauth2(admin).contentType("application/json")
                .body("""
                        {"username": "%1$s", "enabled": true, "email": "%1$s@candidates.example.org",
                         "emailVerified": true, "firstName": "Sam", "lastName": "Candidate",
                         "attributes": {"uln": ["%2$s"]},
                         "credentials": [{"type": "password", "value": "%1$s", "temporary": false}]}"""
                        .formatted(username, uln))
                .post(ADMIN_USERS)
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /**
     * ULNs as the Learning Records Service issues them (registration-service's {@code Uln}): ten digits, the first not
     * zero, digits times weights 10..1 leaving remainder 10 mod 11. The tenth digit is the one that makes it so; a
     * prefix that would need a tenth digit of 10 has no ULN and is skipped.
     */
    static List<String> validUlns(long firstNineDigits, int count) {
        if (firstNineDigits < 100_000_000L || firstNineDigits + count * 2L > 999_999_999L) {
            throw new IllegalArgumentException("Nine digits, the first not zero: " + firstNineDigits);
        }
        List<String> ulns = new ArrayList<>();
        for (long prefix = firstNineDigits; ulns.size() < count; prefix++) {
            String digits = Long.toString(prefix);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = Math.floorMod(10 - sum, 11);
            if (check < 10) {
                ulns.add(digits + check);
            }
        }
        return ulns;
    }
}
