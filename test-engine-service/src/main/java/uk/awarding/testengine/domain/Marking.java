package uk.awarding.testengine.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** A question's learning outcome and whether it was answered correctly, for feedback by learning outcome. */
    public record OutcomeAnswer(String learningOutcome, boolean correct) {
    }

    /** How many questions of one learning outcome the candidate answered correctly, e.g. LO3: 4 of 8. */
    public record OutcomeScore(String learningOutcome, int correct, int questions) {
    }

    /**
     * Feedback by learning outcome, by code (LO2 before LO10): what an awarding organisation gives a candidate instead
     * of per-question marks, which would reveal items and keys.
     */
    public static List<OutcomeScore> byLearningOutcome(List<OutcomeAnswer> answers) {
        Map<String, int[]> tally = new TreeMap<>(Comparator.comparingInt(String::length).thenComparing(c -> c));
        for (OutcomeAnswer answer : answers) {
            int[] counts = tally.computeIfAbsent(answer.learningOutcome(), code -> new int[2]);
            counts[0] += answer.correct() ? 1 : 0;
            counts[1]++;
        }
        return tally.entrySet().stream().map(e -> new OutcomeScore(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    public static Result mark(List<Answer> answers, int passMark) {
        int score = (int) answers.stream()
                .filter(a -> a.selectedOption() != null && a.selectedOption().equals(a.key()))
                .count();
        return new Result(score, passMark, score >= passMark);
    }
}
