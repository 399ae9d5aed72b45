package uk.awarding.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Seeds a running suite before a benchmark: candidate users in Keycloak (admin REST API, partial import, with the
 * {@code uln} attribute the realm maps into tokens), their registrations on the demo qualification through
 * registration-service's batch API with the centre system's token, and one sign-in per candidate whose refresh token
 * the simulations turn into fresh access tokens just before the timed part (access tokens live 5 minutes).
 * <p>
 * The candidates of the groups named in system property {@code seed.signInGroups} (comma-separated) sign in during
 * their run as a browser does: their password is hashed by the realm's own policy, as a real candidate's is, and they
 * get no sign-in here (their refresh token is {@value #NO_TOKEN}).
 * <p>
 * Arguments: the output directory, then {@code <group>=<count>} per group; writes {@code <dir>/<group>.csv} each.
 */
public final class Seed {

    static final String QUALIFICATION = "cg-2794-02";
    static final String NO_TOKEN = "-";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Longer than the whole benchmark takes after seeding, morning's full run included. */
    private static final Duration BENCHMARK = Duration.ofHours(1);

    private Seed() {
    }

    public static void main(String[] args) throws Exception {
        requireTheDayOutlastsTheBenchmark();
        Path dir = Path.of(args[0]);
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (String group : List.of(args).subList(1, args.length)) {
            groups.put(group.substring(0, group.indexOf('=')), Integer.parseInt(group.substring(group.indexOf('=') + 1)));
        }
        int total = groups.values().stream().mapToInt(Integer::intValue).sum();
        long started = System.nanoTime();

        Set<String> signInGroups = Set.of(System.getProperty("seed.signInGroups", "").split(","));
        List<Boolean> signsInInRun = new ArrayList<>();
        groups.forEach((group, count) -> signsInInRun.addAll(Collections.nCopies(count, signInGroups.contains(group))));
        Map<String, Object> fastPassword = password();
        Map<String, Object> realmHashedPassword = Map.of("type", "password", "temporary", false, "value",
                Candidate.PASSWORD);
        for (int from = 0; from < total; from += 500) {
            List<Map<String, Object>> users = IntStream.range(from, Math.min(total, from + 500))
                    .mapToObj(n -> user(Candidate.uln(n), signsInInRun.get(n) ? realmHashedPassword : fastPassword))
                    .toList();
            // The admin token lives a minute: a new one per batch.
            String admin = Suite.token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                    "username", "admin", "password", "admin")).path("access_token").asText();
            JsonNode imported = Suite.postJson(Suite.KEYCLOAK + "/admin/realms/awarding/partialImport", admin,
                    Map.of("ifResourceExists", "SKIP", "users", users), 200);
            System.out.printf("Keycloak: %d users added, %d already there%n", imported.path("added").asInt(),
                    imported.path("skipped").asInt());
        }

        String centre = Suite.token("awarding", Map.of("grant_type", "client_credentials", "client_id", "centre-api",
                "client_secret", "centre-api-secret")).path("access_token").asText();
        // registration-service takes at most 500 rows a batch.
        List<String> registrationIds = new ArrayList<>();
        for (int from = 0; from < total; from += 500) {
            List<Map<String, Object>> rows = IntStream.range(from, Math.min(total, from + 500))
                    .mapToObj(n -> registration(Candidate.uln(n))).toList();
            JsonNode batch = Suite.postJson(Suite.GATEWAY + "/registration/api/registrations/batch", centre, rows, 200);
            batch.path("report").forEach(row -> registrationIds.add(row.path("id").asText()));
            if (batch.path("registered").asInt() != rows.size()) {
                throw new IllegalStateException("registration batch: " + batch.toString().substring(0, 2000));
            }
        }
        if (registrationIds.size() != total) {
            throw new IllegalStateException("registered " + registrationIds.size() + " of " + total);
        }
        System.out.printf("registration-service: %d registrations on %s%n", total, QUALIFICATION);
        int first = 0;
        for (Map.Entry<String, Integer> group : groups.entrySet()) {
            String session = bookOnOpenSession(centre, group.getKey(),
                    registrationIds.subList(first, first + group.getValue()));
            Files.writeString(dir.resolve(group.getKey() + "-session.txt"), session);
            first += group.getValue();
        }

        // One password sign-in per candidate (Keycloak hashes the password each time: the slow part of seeding).
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Candidate>> signIns = IntStream.range(0, total).mapToObj(n -> pool.submit(() -> {
            String uln = Candidate.uln(n);
            if (signsInInRun.get(n)) {
                return new Candidate(uln, username(uln), registrationIds.get(n), NO_TOKEN);
            }
            JsonNode token = Suite.token("awarding", Map.of("grant_type", "password", "client_id", "suite-cli",
                    "username", username(uln), "password", Candidate.PASSWORD));
            return new Candidate(uln, username(uln), registrationIds.get(n), token.path("refresh_token").asText());
        })).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (Future<Candidate> signIn : signIns) {
            candidates.add(signIn.get());
        }
        pool.shutdown();
        int from = 0;
        for (Map.Entry<String, Integer> group : groups.entrySet()) {
            Candidate.write(dir.resolve(group.getKey() + ".csv"), candidates.subList(from, from + group.getValue()));
            from += group.getValue();
        }
        if (signsInInRun.contains(true)) {
            printRealmHashing(Candidate.uln(signsInInRun.indexOf(true)));
        }
        System.out.printf("Seeded %d candidates in %d s%n", total, (System.nanoTime() - started) / 1_000_000_000L);
    }

    /**
     * The sessions are today's and take starts only today: a benchmark that would run past midnight (UK time) would
     * have its later runs' starts refused, so it does not begin.
     */
    private static void requireTheDayOutlastsTheBenchmark() {
        ZonedDateTime now = ZonedDateTime.now(UK);
        Duration left = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(UK));
        if (left.compareTo(BENCHMARK) < 0) {
            throw new IllegalStateException("Only " + left.toMinutes() + " minutes are left of today (UK), and the "
                    + "benchmark's test sessions take starts only today: start it after midnight.");
        }
    }

    /**
     * Unit 2794-210 is sat only in an invigilated test session: each group's candidates are booked on a session of
     * their own today (starts all day) that needs no keycode, so a room pause reaches one group only, and the demo
     * invigilator opens it, as {@code ./run.sh} does for the demo candidate. Bookings ask registration-service, four at
     * a time. Opening reads every booking again and draws each candidate's form: its time is reported.
     *
     * @return the session's id
     */
    private static String bookOnOpenSession(String centre, String group, List<String> registrationIds)
            throws Exception {
        String session = Suite.postJson(Suite.GATEWAY + "/test-engine/api/test-sessions", centre, Map.of(
                "unit", "2794-210", "date", LocalDate.now(UK).toString(),
                "startFrom", "00:00", "startUntil", "23:59:59", "location", "Load test hall: " + group,
                "invigilators", List.of("invigilator"), "keycodeRequired", false), 201).path("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<JsonNode>> bookings = registrationIds.stream().map(id -> pool.submit(() -> Suite.postJson(
                Suite.GATEWAY + "/test-engine/api/test-sessions/" + session + "/bookings", centre,
                Map.of("registrationId", id), 201))).toList();
        for (Future<JsonNode> booking : bookings) {
            booking.get();
        }
        pool.shutdown();
        String invigilator = Suite.token("awarding", Map.of("grant_type", "password", "client_id", "suite-cli",
                "username", "invigilator", "password", "invigilator")).path("access_token").asText();
        long opening = System.nanoTime();
        Suite.postJson(Suite.GATEWAY + "/test-engine/api/test-sessions/" + session + "/opening", invigilator, Map.of(),
                200);
        System.out.printf("test-engine-service: %d candidates of %s booked on test session %s, opened in %d ms%n",
                registrationIds.size(), group, session, (System.nanoTime() - opening) / 1_000_000L);
        return session;
    }

    /** How Keycloak stored the password of a candidate who signs in during the run: the realm's policy, shown. */
    private static void printRealmHashing(String uln) {
        String admin = Suite.token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin")).path("access_token").asText();
        String users = Suite.KEYCLOAK + "/admin/realms/awarding/users";
        String id = Suite.getJson(users + "?exact=true&username=" + username(uln), admin).path(0).path("id").asText();
        JsonNode credential = Suite.getJson(users + "/" + id + "/credentials", admin).path(0);
        System.out.printf("Keycloak: the candidates who sign in during the run have passwords hashed by the realm's "
                + "policy: %s%n", credential.path("credentialData").asText());
    }

    static String username(String uln) {
        return "load-" + uln;
    }

    /**
     * The candidates' password as an already hashed credential (PBKDF2-SHA256, one iteration, computed here), so the
     * import does not hash 1,000s of passwords with the realm's slow default; Keycloak re-hashes each with its own
     * policy at the candidate's first sign-in, which seeding makes anyway.
     */
    private static Map<String, Object> password() throws GeneralSecurityException {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(Candidate.PASSWORD.toCharArray(), salt, 1, 512)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return Map.of("type", "password", "temporary", false,
                "secretData", "{\"value\":\"" + base64.encodeToString(hash) + "\",\"salt\":\""
                        + base64.encodeToString(salt) + "\",\"additionalParameters\":{}}",
                "credentialData", "{\"hashIterations\":1,\"algorithm\":\"pbkdf2-sha256\",\"additionalParameters\":{}}");
    }

    private static Map<String, Object> user(String uln, Map<String, Object> password) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username(uln));
        user.put("enabled", true);
        user.put("emailVerified", true);
        user.put("firstName", "Load");
        user.put("lastName", "Candidate " + uln);
        user.put("email", username(uln) + "@load.awarding.example");
        user.put("credentials", List.of(password));
        user.put("realmRoles", List.of("candidate"));
        user.put("attributes", Map.of("uln", List.of(uln)));
        return user;
    }

    private static Map<String, Object> registration(String uln) {
        return Map.of("uln", uln, "givenName", "Load", "familyName", "Candidate", "dateOfBirth", "2000-01-01",
                "qualificationId", QUALIFICATION);
    }
}
