package uk.awarding.testengine.web;

import java.util.List;

import uk.awarding.testengine.service.ResponseView;
import uk.awarding.testengine.service.SittingView;

/**
 * What one question page shows: the question, its stored response, the navigator and the time left; {@code notSaved}
 * when the candidate's last answer to it was not kept because another window had saved a newer one, so the page says
 * so and shows what is stored.
 */
public record QuestionPage(SittingView sitting, SittingView.Question question, ResponseView response,
        List<ResponseView> navigator, long nextSequence, String csrf, boolean notSaved) {

    static QuestionPage of(SittingView sitting, int position, String csrf, boolean notSaved) {
        return new QuestionPage(sitting, sitting.questions().get(position - 1), sitting.responses().get(position - 1),
                sitting.responses(), sitting.lastSequence() + 1, csrf, notSaved);
    }

    public boolean hasPrevious() {
        return question.position() > 1;
    }

    public boolean hasNext() {
        return question.position() < sitting.questions().size();
    }

    public long answered() {
        return navigator.stream().filter(r -> r.optionId() != null).count();
    }
}
