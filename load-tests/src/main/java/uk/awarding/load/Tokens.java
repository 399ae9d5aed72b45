package uk.awarding.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Fresh access tokens from the seeded candidates' refresh tokens, fetched just before a timed run. */
public final class Tokens {

    private Tokens() {
    }

    /** One access token per candidate, in order; four sign-ins at a time. */
    public static List<String> refresh(List<Candidate> candidates) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = candidates.stream().map(c -> pool.submit(() -> Suite.token("awarding",
                    Map.of("grant_type", "refresh_token", "client_id", "suite-cli", "refresh_token", c.refreshToken()))
                    .path("access_token").asText())).toList();
            return tokens.stream().map(Tokens::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private static String join(Future<String> token) {
        try {
            return token.get();
        } catch (Exception e) {
            throw new IllegalStateException("token refresh failed", e);
        }
    }
}
