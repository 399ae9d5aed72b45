package uk.awarding.registration.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import uk.awarding.platform.persistence.Lookups;
import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.security.Caller;
import uk.awarding.registration.domain.IdempotencyRecord;
import uk.awarding.registration.domain.RuleViolation;
import uk.awarding.registration.repository.IdempotencyRecordRepository;

/**
 * Runs every write POST, with or without an {@code Idempotency-Key}, in the shape every write command has: read
 * from peers outside any transaction, then decide and write in one short transaction. With a key, the first
 * successful answer is stored in that transaction with the change; a retry with the same key and request gets
 * that answer back, before any peer is asked, and changes nothing; the same key with a different request is
 * refused. Answers that failed are not stored: nothing was written, so the retry is simply checked again.
 * <p>
 * Concurrent requests are settled by the database: the loser of a race on the same key finds the winner's
 * answer, and the loser of a race to register the same learner twice gets the 409 a later request would.
 */
@ApplicationScoped
public class Idempotency {

    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final IdempotencyRecordRepository records;
    private final Caller caller;

    public Idempotency(IdempotencyRecordRepository records, Caller caller) {
        this.records = records;
        this.caller = caller;
    }

    /** A fingerprint of the request: method, path and body, so a key cannot be replayed against another request. */
    public static MessageDigest fingerprint(String method, String path) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A command that needs nothing from peers: its replay check, change and answer share one transaction. */
    public Answer run(String key, String requestHash, Supplier<Answer> write) {
        return written(recordKey(key), requestHash, write);
    }

    /**
     * A command that needs peers' answers: {@code readPeers} runs outside any transaction, so a slow peer holds
     * no database connection, and its result is handed to {@code write}, which runs in the one transaction.
     */
    public <P> Answer run(String key, String requestHash, Supplier<P> readPeers, Function<P, Answer> write) {
        IdempotencyRecord.Key recordKey = recordKey(key);
        if (recordKey != null) {
            Optional<Answer> earlier = stored(recordKey, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        P peers = readPeers.get();
        return written(recordKey, requestHash, () -> write.apply(peers));
    }

    private IdempotencyRecord.Key recordKey(String key) {
        if (key != null && !SANE_KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("invalid-idempotency-key", "The Idempotency-Key is not valid",
                    "Idempotency-Key: use 1 to 200 visible ASCII characters, e.g. a UUID.")
                    .with("errors", List.of(new FieldError("Idempotency-Key", "1 to 200 visible ASCII characters")));
        }
        return key == null ? null : new IdempotencyRecord.Key(owner(), key);
    }

    /** Whose Idempotency-Keys these are: a centre shares its keys across its systems; anyone else has their own. */
    private String owner() {
        String centre = caller.centreNumber();
        return centre != null ? "centre:" + centre : "subject:" + caller.subject();
    }

    private Answer written(IdempotencyRecord.Key recordKey, String requestHash, Supplier<Answer> write) {
        try {
            return attempt(recordKey, requestHash, write);
        } catch (PersistenceException e) {
            if (constraintViolation(e) == null) {
                throw e; // e.g. a stale version: the shared mapper answers it
            }
            Optional<Answer> earlier = recordKey == null ? Optional.empty() : stored(recordKey, requestHash);
            return earlier.orElseThrow(() -> concurrentConflict(e));
        }
    }

    /**
     * Quarkus intercepts this self-invocation (a non-private method), so it runs in its own transaction. The key
     * is checked again here: a concurrent request with it may have committed since the check before the peers.
     */
    @Transactional
    Answer attempt(IdempotencyRecord.Key key, String requestHash, Supplier<Answer> work) {
        if (key != null) {
            Optional<Answer> earlier = stored(key, requestHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Answer answer = work.get();
        if (key != null) {
            records.persist(new IdempotencyRecord(key, requestHash, answer.status(), answer.location(), answer.body(),
                    Instant.now()));
        }
        // Constraint violations surface here, inside the transaction, where written() can still answer them.
        records.flush();
        return answer;
    }

    @Transactional
    Optional<Answer> stored(IdempotencyRecord.Key key, String requestHash) {
        return Lookups.byId(records.findByIdOptional(key)).map(record -> {
            if (!record.isFor(requestHash)) {
                throw ProblemException.unprocessable("idempotency-key-reused", "The Idempotency-Key was used before",
                        "This Idempotency-Key was already used for a different request; use a new key for a new request.");
            }
            return new Answer(record.responseStatus(), record.responseLocation(), record.responseBody(), true);
        });
    }

    /** The unique key that refused the write because a concurrent request got there first, if that is what happened. */
    private static ConstraintViolationException constraintViolation(Throwable e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        return (ConstraintViolationException) cause;
    }

    private static ProblemException concurrentConflict(RuntimeException e) {
        ConstraintViolationException violation = constraintViolation(e);
        String constraint = violation != null ? violation.getConstraintName() : null;
        if (constraint != null && constraint.contains("uk_registration_active")) {
            return RuleProblems.of(List.of(new RuleViolation("qualificationId", "duplicate-registration", 409,
                    "the learner was registered on this qualification by a concurrent request")));
        }
        return ProblemException.concurrentChange();
    }
}
