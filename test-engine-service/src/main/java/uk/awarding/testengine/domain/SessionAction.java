package uk.awarding.testengine.domain;

/** What a session's audit records. */
public enum SessionAction {
    SCHEDULED, BOOKED, OPENED, PAUSED, RESUMED, TIME_ADDED, ENDED, CLOSED;

    /** The actions an incident report lists: what happened to candidates' time and tests while the session ran. */
    public boolean isIncident() {
        return this == PAUSED || this == RESUMED || this == TIME_ADDED || this == ENDED;
    }
}
