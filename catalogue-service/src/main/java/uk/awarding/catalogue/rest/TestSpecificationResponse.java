package uk.awarding.catalogue.rest;

import java.util.List;

import uk.awarding.catalogue.domain.TestSpecification;
import uk.awarding.catalogue.domain.Unit;

/** How an online-tested unit is examined (docs/architecture.md). */
public record TestSpecificationResponse(String unitId, int durationMinutes, boolean invigilated, int questionCount,
        int passMark, List<BlueprintLine> blueprint) {

    public record BlueprintLine(String learningOutcome, int questions) {
    }

    public static TestSpecificationResponse from(Unit unit, TestSpecification spec) {
        return new TestSpecificationResponse(unit.unitId(), spec.getDurationMinutes(), spec.isInvigilated(),
                spec.getQuestionCount(),
                spec.getPassMark(), spec.getBlueprint().stream()
                        .map(b -> new BlueprintLine(b.getLearningOutcome(), b.getQuestions()))
                        .toList());
    }
}
