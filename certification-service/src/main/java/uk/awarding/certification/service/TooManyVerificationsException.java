package uk.awarding.certification.service;

import uk.awarding.platform.problem.ProblemException;

/** 429: the client address used up its verifications for now; {@code retryAfterSeconds} goes in Retry-After. */
public class TooManyVerificationsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyVerificationsException(long retryAfterSeconds) {
        super(429, "too-many-verifications", "Too many verifications",
                "This address has made too many verifications; try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
