package uk.awarding.testengine.domain;

/** OPEN until the candidate submits (SUBMITTED) or the deadline passes and the server closes it (EXPIRED). */
public enum SittingStatus {
    OPEN, SUBMITTED, EXPIRED
}
