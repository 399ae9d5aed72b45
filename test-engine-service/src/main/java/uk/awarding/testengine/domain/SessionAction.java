package uk.awarding.testengine.domain;

/**
 * What the audit records: the actions on a test session, and {@link #TIME_EXTENDED}, time awarding staff add to a
 * running sitting for an access arrangement agreed after it started (in a session or not).
 */
public enum SessionAction {
    SCHEDULED, BOOKED, OPENED, PAUSED, RESUMED, TIME_ADDED, ENDED, CLOSED, TIME_EXTENDED;

    /** The actions an incident report lists: what happened to candidates' time and tests while the session ran. */
    public boolean isIncident() {
        return this == PAUSED || this == RESUMED || this == TIME_ADDED || this == ENDED || this == TIME_EXTENDED;
    }
}
