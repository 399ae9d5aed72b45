package uk.awarding.catalogue.service;

import java.util.List;

import uk.awarding.catalogue.domain.Grading;
import uk.awarding.catalogue.domain.LevelComparison;
import uk.awarding.catalogue.domain.Qualification;
import uk.awarding.catalogue.domain.QualificationStatus;
import uk.awarding.catalogue.domain.RulesOfCombination;
import uk.awarding.catalogue.domain.UnitGroup;

/**
 * A qualification with its units grouped by its rules of combination. {@code dataWarnings} lists check-character
 * doubts about its numbers; {@code version} is what an edit must send back.
 */
public record QualificationResponse(String id, String qualificationNumber, String title, String awardingOrganisation,
        int level, Glh glh, Integer tqt, Integer credits, Integer minimumAge, Grading grading, QualificationStatus status,
        String specVersion, String sourceDocument, Rules rulesOfCombination, List<String> dataWarnings, long version) {

    public record Glh(Integer min, Integer max) {
    }

    public record Rules(String statement, Integer totalCreditsMin, boolean atLeastOneUnitFromEachOptionalGroup,
            List<Group> groups, List<LevelRule> creditsAtLevel) {
    }

    public record Group(String code, String title, boolean mandatory, Integer minUnits, Integer maxUnits,
            Integer minCredits, Integer maxCredits, List<UnitSummary> units) {

        static Group from(UnitGroup g) {
            return new Group(g.getCode(), g.getTitle(), g.isMandatory(), g.getMinUnits(), g.getMaxUnits(),
                    g.getMinCredits(), g.getMaxCredits(), g.getUnits().stream().map(UnitSummary::from).toList());
        }
    }

    public record LevelRule(int minCredits, int level, LevelComparison levelComparison, List<String> groups) {
    }

    public static QualificationResponse from(Qualification q) {
        RulesOfCombination rules = q.rules();
        return new QualificationResponse(q.getId(), q.getQualificationNumber(), q.getTitle(), q.getAwardingOrganisation(),
                q.getLevel(), new Glh(q.getGlhMin(), q.getGlhMax()), q.getTqt(), q.getCredits(), q.getMinimumAge(),
                q.getGrading(), q.getStatus(), q.getSpecVersion(), q.getSourceDocument(),
                new Rules(q.getRulesStatement(), q.getTotalCreditsMin(), q.isOneUnitFromEachOptionalGroup(),
                        q.getGroups().stream().map(Group::from).toList(),
                        rules.creditsAtLevel().stream()
                                .map(r -> new LevelRule(r.minCredits(), r.level(), r.comparison(), r.groups()))
                                .toList()),
                q.dataWarnings(), q.getVersion());
    }
}
