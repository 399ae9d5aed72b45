package uk.awarding.testengine.client;

import java.util.List;

import uk.awarding.testengine.domain.Blueprint;

/**
 * A unit's test specification (contracts/catalogue-service/test-specification-2794-210); {@code invigilated}: sat only
 * in a test session, started with its keycode.
 */
public record TestSpecificationView(int durationMinutes, boolean invigilated, int questionCount, int passMark,
        List<BlueprintEntry> blueprint) {

    public record BlueprintEntry(String learningOutcome, int questions) {
    }

    public Blueprint toBlueprint() {
        return new Blueprint(blueprint.stream().map(b -> new Blueprint.Entry(b.learningOutcome(), b.questions())).toList());
    }
}
