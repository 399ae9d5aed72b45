package uk.awarding.testengine.service;

import java.time.Instant;
import java.util.List;

import uk.awarding.testengine.domain.Marking;
import uk.awarding.testengine.domain.Sitting;
import uk.awarding.testengine.domain.SittingQuestion;
import uk.awarding.testengine.domain.SittingStatus;

/**
 * A sitting as its candidate sees it: who sits it (the name on the registration) and which unit (its title), the
 * questions in form order with options in the sitting's order, the stored responses and the time left by the server's
 * clock, and whether the invigilator has paused it (no time runs) and who. Once marked: the result and the feedback by
 * learning outcome. Keys, rationales and per-question marks are deliberately absent.
 */
public record SittingView(String id, String registrationId, String uln, String candidateName, String unit,
        String unitTitle, SittingStatus status, Instant startedAt, Instant deadline, Instant completedAt,
        int durationMinutes, int extraTimePercent, long remainingSeconds, boolean paused, String pausedBy,
        long lastSequence, List<Question> questions, List<ResponseView> responses, Marking.Result result,
        List<Marking.OutcomeScore> feedback) {

    public record Question(int position, String stem, List<Option> options) {
    }

    public record Option(String id, String text) {
    }

    static SittingView from(Sitting sitting, Instant now) {
        return new SittingView(sitting.getId(), sitting.getRegistrationId(), sitting.getUln(), sitting.getCandidateName(),
                sitting.getUnit(), sitting.getUnitTitle(), sitting.getStatus(), sitting.getStartedAt(),
                sitting.getDeadline(), sitting.getCompletedAt(), sitting.getDurationMinutes(),
                sitting.getExtraTimePercent(), sitting.remainingSeconds(now),
                sitting.getStatus() == SittingStatus.OPEN && sitting.isPaused(), sitting.getPausedBy(),
                sitting.getLastSequence(),
                sitting.getQuestions().stream().map(SittingView::question).toList(),
                sitting.getQuestions().stream().map(q -> ResponseView.of(q, true)).toList(),
                sitting.result().orElse(null), sitting.feedback());
    }

    /**
     * Whether the sitting was closed because its time ran out: by the server, or by the candidate's page when its
     * countdown reached zero. The countdown counts whole seconds, so a page may arrive up to a second before the
     * deadline itself.
     */
    public boolean timeRanOut() {
        return status == SittingStatus.EXPIRED || status == SittingStatus.SUBMITTED && completedAt != null
                && completedAt.plusSeconds(1).isAfter(deadline);
    }

    private static Question question(SittingQuestion question) {
        var content = question.getItem().content();
        return new Question(question.getPosition(), content.stem(), question.getOptionOrder().ids().stream()
                .map(id -> new Option(id, content.option(id)))
                .toList());
    }
}
