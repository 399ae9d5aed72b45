package uk.awarding.catalogue.service;

import java.util.List;
import java.util.Optional;

import uk.awarding.catalogue.domain.AssessmentMethod;
import uk.awarding.catalogue.domain.CheckCharacters;
import uk.awarding.catalogue.domain.Unit;

/** A unit with its learning outcomes, assessment criteria and range, and the qualifications it belongs to. */
public record UnitResponse(String unitId, String unitReference, String aoUnitCode, String title, int level, Integer glh,
        Integer credits, AssessmentMethod assessmentMethod, boolean knowledgeOnly, String aim,
        List<LearningOutcome> learningOutcomes, List<String> qualifications, List<String> dataWarnings, long version) {

    public record LearningOutcome(String code, String title, List<Criterion> assessmentCriteria) {
    }

    public record Criterion(String code, String text, String range) {
    }

    public static UnitResponse from(Unit unit, List<String> qualificationIds) {
        return new UnitResponse(unit.unitId(), unit.getUnitReference(), unit.getAoUnitCode(), unit.getTitle(),
                unit.getLevel(), unit.getGlh(), unit.getCredits(), unit.getAssessmentMethod(), unit.isKnowledgeOnly(),
                unit.getAim(),
                unit.getLearningOutcomes().stream()
                        .map(o -> new LearningOutcome(o.getCode(), o.getTitle(), o.getAssessmentCriteria().stream()
                                .map(c -> new Criterion(c.getCode(), c.getText(), c.getRange()))
                                .toList()))
                        .toList(),
                qualificationIds,
                Optional.ofNullable(unit.getUnitReference()).flatMap(CheckCharacters::unitReferenceWarning).stream().toList(),
                unit.getVersion());
    }
}
