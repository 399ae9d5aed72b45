package uk.awarding.testengine.domain;

/** SCHEDULED by the centre, OPEN once the invigilator opens it (candidates may start), CLOSED for good. */
public enum SessionStatus {
    SCHEDULED, OPEN, CLOSED
}
