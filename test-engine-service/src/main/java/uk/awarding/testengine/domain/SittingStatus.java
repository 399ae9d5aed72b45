package uk.awarding.testengine.domain;

/**
 * OPEN until the candidate submits (SUBMITTED), the deadline passes and the server closes it (EXPIRED), or the test
 * session's invigilator ends it with a reason (ENDED: marked, but its result is not sent for certification; the
 * awarding organisation decides on it from the session's incident report).
 */
public enum SittingStatus {
    OPEN, SUBMITTED, EXPIRED, ENDED;

    /** The sittings that count for item statistics and form balancing: ended tests are left out. */
    public static final java.util.List<SittingStatus> COMPLETED = java.util.List.of(SUBMITTED, EXPIRED);
}
