package uk.awarding.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final Instant EXPIRES = NOW.plusSeconds(300);

    private final VerifiedTokens<String> tokens = new VerifiedTokens<>(3, Duration.ofMinutes(2));

    @Test
    void aKeptTokenIsFoundUntilItExpires() {
        tokens.put("Default", "token-a", "alice", NOW.plusSeconds(60), tokens.keyGeneration(), NOW);

        assertEquals(Optional.of("alice"), tokens.find("Default", "token-a", NOW.plusSeconds(59)));
        assertEquals(Optional.empty(), tokens.find("Default", "token-a", NOW.plusSeconds(60)), "expired");
        assertEquals(0, tokens.size(), "an expired entry is dropped when met");
    }

    @Test
    void aTokenIsKeptNoLongerThanTheMaximumAgeEvenIfItExpiresLater() {
        tokens.put("Default", "token-a", "alice", EXPIRES, tokens.keyGeneration(), NOW);

        assertTrue(tokens.find("Default", "token-a", NOW.plus(Duration.ofMinutes(2)).minusMillis(1)).isPresent());
        assertTrue(tokens.find("Default", "token-a", NOW.plus(Duration.ofMinutes(2))).isEmpty());
    }

    @Test
    void onlyTheSameTokenInTheSameScopeIsFound() {
        tokens.put("Default", "token-a", "alice", EXPIRES, tokens.keyGeneration(), NOW);

        assertTrue(tokens.find("Default", "token-b", NOW).isEmpty());
        assertTrue(tokens.find("Default", "token-a ", NOW).isEmpty());
        assertTrue(tokens.find("web", "token-a", NOW).isEmpty(), "another OIDC tenant verifies by its own rules");
    }

    @Test
    void anAlreadyExpiredTokenIsNotKept() {
        assertFalse(tokens.put("Default", "token-a", "alice", NOW, tokens.keyGeneration(), NOW));
        assertFalse(tokens.put("Default", "token-a", "alice", NOW.minusSeconds(1), tokens.keyGeneration(), NOW));
        assertEquals(0, tokens.size());
    }

    @Test
    void newSigningKeysDropEveryToken() {
        tokens.put("Default", "token-a", "alice", EXPIRES, tokens.keyGeneration(), NOW);
        tokens.put("web", "token-b", "bob", EXPIRES, tokens.keyGeneration(), NOW);

        tokens.keysChanged();

        assertTrue(tokens.find("Default", "token-a", NOW).isEmpty());
        assertTrue(tokens.find("web", "token-b", NOW).isEmpty());
        assertEquals(0, tokens.size());
    }

    @Test
    void aVerificationThatRanWhileTheKeysChangedIsNotKept() {
        long before = tokens.keyGeneration();
        tokens.keysChanged();

        assertFalse(tokens.put("Default", "token-a", "alice", EXPIRES, before, NOW));
        assertTrue(tokens.find("Default", "token-a", NOW).isEmpty());
        assertTrue(tokens.put("Default", "token-a", "alice", EXPIRES, tokens.keyGeneration(), NOW));
    }

    @Test
    void whenFullExpiredEntriesMakeRoomAndOtherwiseNothingMoreIsKept() {
        long generation = tokens.keyGeneration();
        tokens.put("Default", "token-a", "alice", NOW.plusSeconds(10), generation, NOW);
        tokens.put("Default", "token-b", "bob", EXPIRES, generation, NOW);
        tokens.put("Default", "token-c", "carol", EXPIRES, generation, NOW);

        assertFalse(tokens.put("Default", "token-d", "dave", EXPIRES, generation, NOW), "full, none expired");
        assertTrue(tokens.find("Default", "token-d", NOW).isEmpty());
        assertEquals(3, tokens.size());

        Instant later = NOW.plusSeconds(10);
        assertTrue(tokens.put("Default", "token-d", "dave", EXPIRES, generation, later), "token-a expired: room");
        assertEquals(Optional.of("dave"), tokens.find("Default", "token-d", later));
        assertEquals(3, tokens.size());
    }

    @Test
    void aCacheOfNoEntriesKeepsNothing() {
        VerifiedTokens<String> none = new VerifiedTokens<>(0, Duration.ofMinutes(2));

        assertFalse(none.put("Default", "token-a", "alice", EXPIRES, none.keyGeneration(), NOW));
        assertTrue(none.find("Default", "token-a", NOW).isEmpty());
    }
}
