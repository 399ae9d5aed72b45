package uk.awarding.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a verification of an access token concluded, kept so that the same token is verified once and not on every
 * request: a candidate sends the same token with each of some hundred saves. Only a successful verification is ever
 * put here; a token that failed is verified again each time. An entry lives until the token's own expiry or
 * {@code maxAge} after it was put, whichever comes first, and every entry is dropped when the signing keys change
 * ({@link #keysChanged}), so that no token is accepted from here for longer than a fresh verification would accept
 * it. At most {@code maxEntries} are kept: when full, expired entries are dropped, and if none has expired a new one is
 * not kept (the token is then verified each time, as without the cache).
 *
 * <p>
 * Keyed by the scope it was verified in (the OIDC tenant: its issuer, audience and roles settings) and the SHA-256 of
 * the token, so the tokens themselves are not held.
 *
 * @param <T> what the verification concluded (the caller's identity)
 */
public final class VerifiedTokens<T> {

    private record Entry<T>(T verified, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final AtomicLong keyGeneration = new AtomicLong();
    private final int maxEntries;
    private final Duration maxAge;

    public VerifiedTokens(int maxEntries, Duration maxAge) {
        if (maxEntries < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("maxEntries and maxAge must not be negative");
        }
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
    }

    /** The signing keys' generation, taken before a verification starts and handed to {@link #put}. */
    public long keyGeneration() {
        return keyGeneration.get();
    }

    /** What the verification of this token concluded, if it succeeded and its entry has not run out at {@code now}. */
    public Optional<T> find(String scope, String token, Instant now) {
        String key = key(scope, token);
        Entry<T> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.until())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.verified());
    }

    /**
     * Keeps a successful verification of a token that expires at {@code expiresAt}.
     *
     * @param keyGeneration {@link #keyGeneration()} as it was before the verification started: a verification that
     *        ran while the keys changed is not kept, as it may have used the keys that were replaced
     * @return whether it was kept
     */
    public boolean put(String scope, String token, T verified, Instant expiresAt, long keyGeneration, Instant now) {
        Instant until = min(expiresAt, now.plus(maxAge));
        if (!now.isBefore(until) || keyGeneration != this.keyGeneration.get()) {
            return false;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (entries.size() >= maxEntries) {
                return false;
            }
        }
        entries.put(key(scope, token), new Entry<>(verified, until));
        if (keyGeneration != this.keyGeneration.get()) {
            // The keys changed while the entry went in: the clearing may have run before it.
            entries.clear();
            return false;
        }
        return true;
    }

    /** The signing keys were fetched again (rotated, or a key revoked): every verification is done afresh. */
    public void keysChanged() {
        keyGeneration.incrementAndGet();
        entries.clear();
    }

    public int size() {
        return entries.size();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String key(String scope, String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return scope + ' ' + HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
