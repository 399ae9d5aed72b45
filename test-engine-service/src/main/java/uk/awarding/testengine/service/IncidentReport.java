package uk.awarding.testengine.service;

import java.time.Instant;
import java.util.List;

/**
 * What happened in a session that bears on its candidates' results, for the centre's records and the awarding
 * organisation: every pause, resumption, time added and test ended (actor, time, reason), and per candidate the time
 * added, the time paused and how their test finished.
 */
public record IncidentReport(TestSessionView session, Instant generatedAt, List<SessionEventView> incidents,
        List<CandidateSummary> candidates) {

    public record CandidateSummary(String registrationId, String candidateName, RoomView.State state, long addedMinutes,
            long pausedSeconds, String endedReason) {
    }
}
