package uk.awarding.catalogue.service;

import uk.awarding.catalogue.domain.AssessmentMethod;
import uk.awarding.catalogue.domain.Unit;

/** A unit as listed in a qualification's rules of combination. */
public record UnitSummary(String unitId, String unitReference, String aoUnitCode, String title, int level, Integer glh,
        Integer credits, AssessmentMethod assessmentMethod, boolean knowledgeOnly) {

    public static UnitSummary from(Unit unit) {
        return new UnitSummary(unit.unitId(), unit.getUnitReference(), unit.getAoUnitCode(), unit.getTitle(),
                unit.getLevel(), unit.getGlh(), unit.getCredits(), unit.getAssessmentMethod(), unit.isKnowledgeOnly());
    }
}
