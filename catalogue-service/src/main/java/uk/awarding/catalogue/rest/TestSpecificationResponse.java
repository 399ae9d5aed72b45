package uk.awarding.catalogue.rest;

import java.util.List;

import uk.awarding.catalogue.domain.ResitPolicy;
import uk.awarding.catalogue.domain.TestSpecification;
import uk.awarding.catalogue.domain.Unit;

/** How an online-tested unit is examined (docs/architecture.md). */
public record TestSpecificationResponse(String unitId, int durationMinutes, boolean invigilated, int questionCount,
        int passMark, List<BlueprintLine> blueprint, ResitRule resitPolicy) {

    public record BlueprintLine(String learningOutcome, int questions) {
    }

    /**
     * At most {@code attemptsAllowed} sittings in all, each at least {@code minimumWaitDays} after the previous one
     * ended; never again after a pass. {@code basis}: SPECIFICATION or PLATFORM_DEFAULT (the source states none).
     */
    public record ResitRule(int attemptsAllowed, int minimumWaitDays, ResitPolicy.Basis basis) {
    }

    public static TestSpecificationResponse from(Unit unit, TestSpecification spec) {
        ResitPolicy policy = spec.getResitPolicy();
        return new TestSpecificationResponse(unit.unitId(), spec.getDurationMinutes(), spec.isInvigilated(),
                spec.getQuestionCount(),
                spec.getPassMark(), spec.getBlueprint().stream()
                        .map(b -> new BlueprintLine(b.getLearningOutcome(), b.getQuestions()))
                        .toList(),
                new ResitRule(policy.getAttemptsAllowed(), policy.getMinimumWaitDays(), policy.getBasis()));
    }
}
