package uk.awarding.testengine.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a candidate may start a unit's online test, from the unit's test specification (catalogue-service's
 * {@code resitPolicy}): at most {@code attemptsAllowed} sittings in all, the first included, each started at least
 * {@code minimumWaitDays} after the previous one ended; never again once the unit is passed. A sitting the invigilator
 * ended counts as an attempt but not as a pass: its result is not certified, the awarding organisation decides on it.
 */
public record ResitPolicy(int attemptsAllowed, int minimumWaitDays) {

    public ResitPolicy {
        if (attemptsAllowed < 1 || minimumWaitDays < 0) {
            throw new IllegalArgumentException(
                    "A resit policy allows at least 1 attempt and waits 0 days or more, not " + attemptsAllowed
                            + " attempts and " + minimumWaitDays + " days");
        }
    }

    /** One earlier sitting of the unit; {@code completedAt} is null while it is open. */
    public record Attempt(SittingStatus status, Instant startedAt, Instant completedAt, Marking.Result result) {

        boolean passed() {
            return (status == SittingStatus.SUBMITTED || status == SittingStatus.EXPIRED) && result != null
                    && result.passed();
        }
    }

    /** Why a start is refused; none when it may start. */
    public enum Refusal {
        PASSED, ATTEMPTS_USED, TOO_SOON
    }

    /**
     * The decision for a start at {@code now}, with what the start page tells the candidate.
     *
     * @param refusal empty when the candidate may start
     * @param attemptsUsed sittings started so far
     * @param latest the most recent completed sitting, if any
     * @param notBefore when the next attempt may start (only with {@link Refusal#TOO_SOON})
     */
    public record Decision(Optional<Refusal> refusal, int attemptsUsed, int attemptsAllowed, int minimumWaitDays,
            Optional<Attempt> latest, Optional<Instant> notBefore) {

        public boolean allowed() {
            return refusal.isEmpty();
        }

        public int attemptsLeft() {
            return Math.max(0, attemptsAllowed - attemptsUsed);
        }
    }

    public Decision decide(List<Attempt> earlier, Instant now) {
        Optional<Attempt> latest = earlier.stream().filter(a -> a.completedAt() != null)
                .max(Comparator.comparing(Attempt::completedAt));
        int used = earlier.size();
        if (earlier.stream().anyMatch(Attempt::passed)) {
            return decision(Refusal.PASSED, used, latest, null);
        }
        if (used >= attemptsAllowed) {
            return decision(Refusal.ATTEMPTS_USED, used, latest, null);
        }
        Optional<Instant> notBefore = latest.map(a -> a.completedAt().plus(Duration.ofDays(minimumWaitDays)));
        if (notBefore.isPresent() && now.isBefore(notBefore.get())) {
            return decision(Refusal.TOO_SOON, used, latest, notBefore.get());
        }
        return decision(null, used, latest, null);
    }

    private Decision decision(Refusal refusal, int used, Optional<Attempt> latest, Instant notBefore) {
        return new Decision(Optional.ofNullable(refusal), used, attemptsAllowed, minimumWaitDays, latest,
                Optional.ofNullable(notBefore));
    }
}
