package uk.awarding.testengine.client;

import java.util.List;

import uk.awarding.testengine.domain.Blueprint;
import uk.awarding.testengine.domain.ResitPolicy;

/**
 * A unit's test specification (contracts/catalogue-service/test-specification-2794-210); {@code invigilated}: sat only
 * in a test session, started with its keycode; {@code resitPolicy}: when a failed candidate may sit it again.
 */
public record TestSpecificationView(int durationMinutes, boolean invigilated, int questionCount, int passMark,
        List<BlueprintEntry> blueprint, ResitRule resitPolicy) {

    public record BlueprintEntry(String learningOutcome, int questions) {
    }

    /** {@code basis}: SPECIFICATION, or PLATFORM_DEFAULT where the qualification's specification states none. */
    public record ResitRule(int attemptsAllowed, int minimumWaitDays, String basis) {
    }

    public ResitPolicy toResitPolicy() {
        return new ResitPolicy(resitPolicy.attemptsAllowed(), resitPolicy.minimumWaitDays());
    }

    public Blueprint toBlueprint() {
        return new Blueprint(blueprint.stream().map(b -> new Blueprint.Entry(b.learningOutcome(), b.questions())).toList());
    }
}
