package uk.awarding.testengine.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a unit this service relies on (contracts/catalogue-service/unit-2794-210, and the learning outcomes
 * with their assessment criteria that catalogue-service's unit representation lists).
 */
public record UnitView(String unitId, String aoUnitCode, String title, List<String> qualifications,
        List<LearningOutcome> learningOutcomes) {

    public record LearningOutcome(String code, List<Criterion> assessmentCriteria) {
    }

    public record Criterion(String code) {
    }

    public boolean belongsTo(String qualificationId) {
        return qualifications != null && qualifications.contains(qualificationId);
    }

    /** The codes of the unit's assessment criteria by learning outcome, both in the catalogue's order. */
    public Map<String, List<String>> criteriaByOutcome() {
        Map<String, List<String>> criteria = new LinkedHashMap<>();
        for (LearningOutcome outcome : learningOutcomes == null ? List.<LearningOutcome>of() : learningOutcomes) {
            criteria.put(outcome.code(), outcome.assessmentCriteria() == null ? List.of()
                    : outcome.assessmentCriteria().stream().map(Criterion::code).toList());
        }
        return criteria;
    }
}
