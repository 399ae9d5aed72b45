package uk.awarding.testengine.domain;

import java.util.List;

/**
 * One mark per correct answer, no negative marking; unanswered questions score nothing. A candidate passes with at
 * least the pass mark of the unit's test specification (2794-210: 18 of 25).
 */
public final class Marking {

    private Marking() {
    }

    public record Answer(String selectedOption, String key) {
    }

    public record Result(int score, int passMark, boolean passed) {
    }

    public static Result mark(List<Answer> answers, int passMark) {
        int score = (int) answers.stream()
                .filter(a -> a.selectedOption() != null && a.selectedOption().equals(a.key()))
                .count();
        return new Result(score, passMark, score >= passMark);
    }
}
