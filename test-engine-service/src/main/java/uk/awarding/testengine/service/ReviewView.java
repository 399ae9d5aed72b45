package uk.awarding.testengine.service;

import java.util.List;

import uk.awarding.testengine.domain.SittingStatus;

/** The review screen before submission: which questions are unanswered and which the candidate flagged. */
public record ReviewView(String id, SittingStatus status, int questionCount, List<Integer> unanswered,
        List<Integer> flagged, long remainingSeconds) {
}
