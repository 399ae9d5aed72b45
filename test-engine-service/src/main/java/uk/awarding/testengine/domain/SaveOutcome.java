package uk.awarding.testengine.domain;

/**
 * What a candidate's save of an answer does to a sitting ({@link Sitting#saveOutcome}): stored, or refused and why.
 */
public enum SaveOutcome {
    /** The sitting is someone else's: answered exactly like one that does not exist. */
    NOT_OWNER,
    /** The invigilator has paused the sitting: nothing is stored and no time runs. */
    PAUSED,
    /** Marked (submitted, expired, ended) or past its deadline plus the grace for saves in flight. */
    CLOSED,
    /** Not newer than the last save the sitting accepted: an older save arriving late, or a retry of the same. */
    STALE,
    /** Stored: the answer, the flag and the sequence number. */
    ACCEPTED
}
