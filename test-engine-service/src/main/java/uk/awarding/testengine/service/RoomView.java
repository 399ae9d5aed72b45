package uk.awarding.testengine.service;

import java.time.Instant;
import java.util.List;

/**
 * The room as the invigilator's console shows it: each booked candidate's state, time left and how many questions
 * they have answered. Never answers or scores: the session is running.
 */
public record RoomView(TestSessionView session, Instant at, List<Candidate> candidates) {

    /**
     * BOOKED (not started), WITHDRAWN (not started, and the registration was withdrawn since the booking: the candidate
     * may not start), STARTED (the clock runs), PAUSED, SUBMITTED, EXPIRED (time ran out) or ENDED.
     */
    public enum State {
        BOOKED, WITHDRAWN, STARTED, PAUSED, SUBMITTED, EXPIRED, ENDED
    }

    public record Candidate(String registrationId, String uln, String candidateName, State state, String sittingId,
            int extraTimePercent, long addedMinutes, long pausedSeconds, long remainingSeconds, Instant deadline,
            long answered, int questionCount, String pausedBy) {
    }
}
