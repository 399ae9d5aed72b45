package uk.awarding.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A seeded candidate: Keycloak user, registration and the refresh token of a sign-in made before the run. */
public record Candidate(String uln, String username, String registrationId, String refreshToken) {

    static final String PASSWORD = "load-test-candidate";

    /** The {@code n}-th valid ULN of the benchmark range (9 digits from 800000000 + n, then the LRS check digit). */
    static String uln(int n) {
        for (long body = 800_000_000L + n * 10L;; body++) {
            String digits = Long.toString(body);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            // The weighted sum of all ten digits (the check digit weighs 1) must leave 10 modulo 11.
            int check = Math.floorMod(10 - sum, 11);
            if (check <= 9) {
                return digits + check;
            }
        }
    }

    static void write(Path file, List<Candidate> candidates) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, candidates.stream()
                .map(c -> String.join(",", c.uln, c.username, c.registrationId, c.refreshToken)).toList());
    }

    public static List<Candidate> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.split(","))
                .map(f -> new Candidate(f[0], f[1], f[2], f[3])).toList();
    }
}
