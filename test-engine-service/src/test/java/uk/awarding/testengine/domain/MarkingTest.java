package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MarkingTest {

    @Test
    void feedbackCountsCorrectAnswersPerLearningOutcomeInCodeOrder() {
        List<Marking.OutcomeAnswer> answers = new ArrayList<>();
        answers.add(new Marking.OutcomeAnswer("LO10", true));
        answers.add(new Marking.OutcomeAnswer("LO3", true));
        answers.add(new Marking.OutcomeAnswer("LO3", false));
        answers.add(new Marking.OutcomeAnswer("LO2", false));
        answers.add(new Marking.OutcomeAnswer("LO3", true));

        assertEquals(List.of(new Marking.OutcomeScore("LO2", 0, 1), new Marking.OutcomeScore("LO3", 2, 3),
                new Marking.OutcomeScore("LO10", 1, 1)), Marking.byLearningOutcome(answers));
    }

    @Test
    void oneMarkPerCorrectAnswerAndNothingForWrongOrMissingOnes() {
        var result = Marking.mark(List.of(new Marking.Answer("A", "A"), new Marking.Answer("B", "C"),
                new Marking.Answer(null, "D"), new Marking.Answer("D", "D")), 2);

        assertEquals(2, result.score());
    }

    @Test
    void eighteenOfTwentyFivePasses() {
        var result = Marking.mark(answers(18, 25), 18);
        assertEquals(18, result.score());
        assertEquals(18, result.passMark());
        assertTrue(result.passed());
    }

    @Test
    void seventeenOfTwentyFiveFails() {
        var result = Marking.mark(answers(17, 25), 18);
        assertEquals(17, result.score());
        assertFalse(result.passed());
    }

    @Test
    void anEmptyScriptScoresZero() {
        var result = Marking.mark(answers(0, 25), 18);
        assertEquals(0, result.score());
        assertFalse(result.passed());
    }

    private static List<Marking.Answer> answers(int correct, int total) {
        List<Marking.Answer> answers = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            answers.add(new Marking.Answer(i < correct ? "B" : "C", "B"));
        }
        return answers;
    }
}
