package uk.awarding.testengine.domain;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * A candidate's form drawn before the start: its item versions in the order the candidate sees them, each with the
 * order of its options. A booking keeps it as text, {@code "1042:CADB,1017:ABDC,..."}, so a start only reads it.
 */
public record PreparedForm(List<Question> questions) {

    public record Question(long itemId, OptionOrder optionOrder) {
    }

    public PreparedForm {
        if (questions == null || questions.isEmpty()) {
            throw new IllegalArgumentException("A form has at least one question");
        }
        questions = List.copyOf(questions);
    }

    /** The assembled form's items, each with its options in a new random order. */
    public static PreparedForm of(FormAssembly.Form form, RandomGenerator random) {
        return new PreparedForm(form.itemIds().stream()
                .map(id -> new Question(id, OptionOrder.shuffled(random))).toList());
    }

    /** @throws IllegalArgumentException for text that {@link #encoded()} did not write */
    public static PreparedForm decode(String text) {
        return new PreparedForm(Arrays.stream(text.split(",")).map(question -> {
            String[] parts = question.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Not a prepared question: " + question);
            }
            return new Question(Long.parseLong(parts[0]), new OptionOrder(parts[1]));
        }).toList());
    }

    public String encoded() {
        return questions.stream().map(q -> q.itemId() + ":" + q.optionOrder().value()).collect(Collectors.joining(","));
    }

    public List<Long> itemIds() {
        return questions.stream().map(Question::itemId).toList();
    }
}
