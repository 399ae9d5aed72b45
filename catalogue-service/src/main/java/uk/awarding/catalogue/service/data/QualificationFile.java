package uk.awarding.catalogue.service.data;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;
import uk.awarding.catalogue.domain.AssessmentMethod;
import uk.awarding.catalogue.domain.Grading;
import uk.awarding.catalogue.domain.LevelComparison;
import uk.awarding.catalogue.domain.QualificationStatus;
import uk.awarding.catalogue.domain.ResitPolicy;

/**
 * The shape of one data file, src/main/resources/catalogue/qualifications/*.json (described for reviewers by
 * qualification.schema.json beside the files). Read strictly: a misspelt field is a data error, not a silent null.
 * Read by DataFile's own ObjectMapper, so registered for reflection (with its nested types) for the native image.
 */
@RegisterForReflection
@JsonIgnoreProperties({ "$schema" })
public record QualificationFile(String id, String qualificationNumber, String title, String awardingOrganisation,
        Integer level, Glh glh, Integer tqt, Integer credits, Integer minimumAge, Grading grading, QualificationStatus status,
        String specVersion, String sourceDocument, Rules rulesOfCombination, List<UnitEntry> units,
        List<TestSpecificationEntry> testSpecifications) {

    public QualificationFile {
        units = units == null ? List.of() : units;
        testSpecifications = testSpecifications == null ? List.of() : testSpecifications;
    }

    /** Guided learning hours: a single figure has min = max; EDI gives a range. */
    public record Glh(Integer min, Integer max) {
    }

    public record Rules(String statement, Integer totalCreditsMin, boolean atLeastOneUnitFromEachOptionalGroup,
            List<Group> groups, List<LevelRule> creditsAtLevel) {

        public Rules {
            groups = groups == null ? List.of() : groups;
            creditsAtLevel = creditsAtLevel == null ? List.of() : creditsAtLevel;
        }
    }

    /** A group; {@code units} holds unit keys (unit reference, else AO unit code). */
    public record Group(String code, String title, boolean mandatory, Integer minUnits, Integer maxUnits,
            Integer minCredits, Integer maxCredits, List<String> units) {

        public Group {
            units = units == null ? List.of() : units;
        }
    }

    public record LevelRule(Integer minCredits, Integer level, LevelComparison levelComparison, List<String> groups) {

        public LevelRule {
            groups = groups == null ? List.of() : groups;
        }
    }

    public record UnitEntry(String unitReference, String aoUnitCode, String title, Integer level, Integer glh,
            Integer credits, AssessmentMethod assessmentMethod, boolean knowledgeOnly, String aim,
            List<LearningOutcomeEntry> learningOutcomes) {

        public UnitEntry {
            learningOutcomes = learningOutcomes == null ? List.of() : learningOutcomes;
        }

        /** How groups and test specifications refer to this unit. */
        public String key() {
            return unitReference != null ? unitReference : aoUnitCode;
        }
    }

    public record LearningOutcomeEntry(String code, String title, List<CriterionEntry> assessmentCriteria) {

        public LearningOutcomeEntry {
            assessmentCriteria = assessmentCriteria == null ? List.of() : assessmentCriteria;
        }
    }

    public record CriterionEntry(String code, String text, String range) {
    }

    public record TestSpecificationEntry(String unit, Integer durationMinutes, Boolean invigilated, Integer questionCount,
            Integer passMark, List<BlueprintLine> blueprint, ResitPolicyEntry resitPolicy) {

        public TestSpecificationEntry {
            blueprint = blueprint == null ? List.of() : blueprint;
        }
    }

    public record BlueprintLine(String learningOutcome, Integer questions) {
    }

    /** {@code basis}: where the figures come from, the source document or the platform's default. */
    public record ResitPolicyEntry(Integer attemptsAllowed, Integer minimumWaitDays,
            ResitPolicy.Basis basis) {
    }
}
