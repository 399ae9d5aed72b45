package uk.awarding.testengine.service;

import java.util.List;

import uk.awarding.testengine.domain.SittingStatus;

/**
 * The review screen before submission: which questions are unanswered and which the candidate flagged, with who sits
 * the test and which unit, as the question pages show them.
 */
public record ReviewView(String id, SittingStatus status, int questionCount, List<Integer> unanswered,
        List<Integer> flagged, long remainingSeconds, String uln, String candidateName, String unit, String unitTitle) {
}
