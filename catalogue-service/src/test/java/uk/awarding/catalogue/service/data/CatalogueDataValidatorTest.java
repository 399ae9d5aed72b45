package uk.awarding.catalogue.service.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The checks that make a data error fail the build: each test breaks one thing in an otherwise valid file. */
class CatalogueDataValidatorTest {

    private static final String UNIT_A = """
            {"unitReference": "L/506/2150", "title": "Organise and deliver customer service", "level": 3, "credits": 5,
             "assessmentMethod": "PORTFOLIO", "learningOutcomes": [
               {"code": "LO1", "title": "Understand", "assessmentCriteria": [
                 {"code": "1.1", "text": "Explain"}, {"code": "1.2", "text": "Describe"}]}]}""";
    private static final String UNIT_B = """
            {"aoUnitCode": "X-2", "title": "Second unit", "level": 2, "credits": 3, "assessmentMethod": "PORTFOLIO",
             "learningOutcomes": [{"code": "LO1", "title": "Know", "assessmentCriteria": [{"code": "1.1", "text": "State"}]}]}""";

    private static String file(String id, String rules, String units, String extra) {
        return """
                {"id": "%s", "title": "Test qualification", "awardingOrganisation": "Test AO", "level": 2,
                 "status": "OPEN", "grading": "PASS_FAIL", "rulesOfCombination": %s, "units": [%s]%s}"""
                .formatted(id, rules, units, extra);
    }

    private static final String RULES = """
            {"statement": "All units", "totalCreditsMin": 8, "groups": [
              {"code": "A", "title": "Mandatory units", "mandatory": true, "units": ["L/506/2150", "X-2"]}]}""";

    private static DataFile parse(String name, String json) {
        return DataFile.parse(name, json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(String... jsons) {
        List<DataFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < jsons.length; i++) {
            files.add(parse("f" + i + ".json", jsons[i]));
        }
        return CatalogueDataValidator.validate(files).errors();
    }

    @Test
    void acceptsAValidFile() {
        assertEquals(List.of(), errors(file("q-1", RULES, UNIT_A + "," + UNIT_B, "")));
    }

    @Test
    void rejectsAMisspeltField() {
        CatalogueDataException e = assertThrows(CatalogueDataException.class,
                () -> parse("f.json", file("q-1", RULES, UNIT_A + "," + UNIT_B, ", \"credit\": 8")));
        assertTrue(e.getMessage().startsWith("f.json: Unrecognized field \"credit\""), e.getMessage());
    }

    @Test
    void rejectsAGroupNamingAnUndescribedUnit() {
        String rules = RULES.replace("\"X-2\"]", "\"X-2\", \"X-3\"]");
        assertEquals(List.of("f0.json: group A lists unit X-3, which the file does not describe"),
                errors(file("q-1", rules, UNIT_A + "," + UNIT_B, "")));
    }

    @Test
    void rejectsAUnitInNoGroup() {
        String rules = RULES.replace(", \"X-2\"]", "]");
        assertEquals(List.of("f0.json: unit X-2 is in no group of the rules of combination"),
                errors(file("q-1", rules, UNIT_A + "," + UNIT_B, "")));
    }

    @Test
    void rejectsADuplicatedAssessmentCriterionNumber() {
        String unit = UNIT_A.replace("\"1.2\"", "\"1.1\"");
        assertEquals(List.of("f0.json: unit L/506/2150 has assessment criterion 1.1 twice"),
                errors(file("q-1", RULES, unit + "," + UNIT_B, "")));
    }

    @Test
    void rejectsCreditRulesOverUnitsWithoutCredits() {
        String unit = UNIT_B.replace("\"credits\": 3, ", "");
        assertEquals(List.of("f0.json: unit X-2 has no credits, but the rules of combination count credits"),
                errors(file("q-1", RULES, UNIT_A + "," + unit, "")));
    }

    @Test
    void rejectsCreditsAtLevelNamingAMissingGroup() {
        String rules = RULES.replace("\"groups\": [",
                """
                        "creditsAtLevel": [{"minCredits": 3, "level": 2, "levelComparison": "EXACTLY", "groups": ["B"]}], "groups": [""");
        assertEquals(List.of("f0.json: creditsAtLevel names group B, which does not exist"),
                errors(file("q-1", rules, UNIT_A + "," + UNIT_B, "")));
    }

    private static final String ONLINE_UNIT_B = UNIT_B.replace("PORTFOLIO", "ONLINE_MCQ_TEST");
    private static final String RESITS = """
            {"attemptsAllowed": 3, "minimumWaitDays": 7, "basis": "PLATFORM_DEFAULT"}""";

    @Test
    void rejectsATestSpecificationWithoutAResitPolicyOrWithImpossibleFigures() {
        String spec = """
                , "testSpecifications": [{"unit": "X-2", "durationMinutes": 60, "questionCount": 1, "passMark": 1,
                   "blueprint": [{"learningOutcome": "LO1", "questions": 1}]%s}]""";
        assertEquals(List.of("f0.json: test specification of X-2: resitPolicy is missing (a source that states none "
                + "takes the platform default, basis PLATFORM_DEFAULT)"),
                errors(file("q-1", RULES, UNIT_A + "," + ONLINE_UNIT_B, spec.formatted(""))));
        assertEquals(List.of("f0.json: test specification of X-2: resitPolicy.attemptsAllowed must be at least 1",
                "f0.json: test specification of X-2: resitPolicy.minimumWaitDays must be 0 or more",
                "f0.json: test specification of X-2: resitPolicy.basis must be SPECIFICATION or PLATFORM_DEFAULT"),
                errors(file("q-1", RULES, UNIT_A + "," + ONLINE_UNIT_B, spec.formatted(
                        ", \"resitPolicy\": {\"attemptsAllowed\": 0, \"minimumWaitDays\": -1}"))));
    }

    @Test
    void rejectsAnOnlineTestedUnitWithoutTestSpecification() {
        assertEquals(List.of("f0.json: unit X-2 is assessed by an online test but has no test specification"),
                errors(file("q-1", RULES, UNIT_A + "," + ONLINE_UNIT_B, "")));
    }

    @Test
    void rejectsATestSpecificationOfAPortfolioUnit() {
        String spec = """
                , "testSpecifications": [{"unit": "X-2", "durationMinutes": 60, "questionCount": 1, "passMark": 1,
                   "blueprint": [{"learningOutcome": "LO1", "questions": 1}], "resitPolicy": %s}]""".formatted(RESITS);
        assertEquals(List.of("f0.json: test specification of X-2: the unit is not assessed by an online test"),
                errors(file("q-1", RULES, UNIT_A + "," + UNIT_B, spec)));
    }

    @Test
    void rejectsAnUnknownStatus() {
        CatalogueDataException e = assertThrows(CatalogueDataException.class,
                () -> parse("f.json", file("q-1", RULES, UNIT_A + "," + UNIT_B, "").replace("\"OPEN\"", "\"LIVE\"")));
        assertTrue(e.getMessage().contains("QualificationStatus"), e.getMessage());
    }

    @Test
    void rejectsABlueprintThatDoesNotAddUp() {
        String spec = """
                , "testSpecifications": [{"unit": "X-2", "durationMinutes": 60, "questionCount": 25, "passMark": 18,
                   "blueprint": [{"learningOutcome": "LO1", "questions": 24}], "resitPolicy": %s}]""".formatted(RESITS);
        assertEquals(List.of("f0.json: test specification of X-2: the blueprint plans 24 questions, not 25"),
                errors(file("q-1", RULES, UNIT_A + "," + ONLINE_UNIT_B, spec)));
    }

    @Test
    void rejectsABlueprintNamingAMissingLearningOutcome() {
        String spec = """
                , "testSpecifications": [{"unit": "X-2", "durationMinutes": 60, "questionCount": 1, "passMark": 1,
                   "blueprint": [{"learningOutcome": "LO2", "questions": 1}], "resitPolicy": %s}]""".formatted(RESITS);
        assertEquals(List.of("f0.json: test specification of X-2: blueprint names LO2, which the unit does not have"),
                errors(file("q-1", RULES, UNIT_A + "," + ONLINE_UNIT_B, spec)));
    }

    @Test
    void rejectsASharedUnitWithDifferentCredits() {
        String other = UNIT_A.replace("\"credits\": 5", "\"credits\": 6");
        assertEquals(List.of("f1.json: unit L/506/2150 has 6 credits here but 5 in f0.json"),
                errors(file("q-1", RULES, UNIT_A + "," + UNIT_B, ""), file("q-2", RULES, other + "," + UNIT_B, "")));
    }

    @Test
    void rejectsTwoFilesWithTheSameId() {
        assertEquals(List.of("f1.json: id q-1 is also used by f0.json"),
                errors(file("q-1", RULES, UNIT_A + "," + UNIT_B, ""), file("q-1", RULES, UNIT_A + "," + UNIT_B, "")));
    }

    @Test
    void rejectsAnIdThatIsNotASlug() {
        assertEquals(List.of("f0.json: id CG 2794 is not a URL-safe slug such as cg-2794-02"),
                errors(file("CG 2794", RULES, UNIT_A + "," + UNIT_B, "")));
    }

    @Test
    void warnsButDoesNotRejectAWrongCheckLetter() {
        String unit = UNIT_A.replace("L/506/2150", "F/506/2150");
        String rules = RULES.replace("L/506/2150", "F/506/2150");
        var report = CatalogueDataValidator.validate(List.of(parse("f.json", file("q-1", rules, unit + "," + UNIT_B, ""))));
        assertEquals(List.of(), report.errors());
        assertEquals(List.of("f.json: Unit reference F/506/2150 has check letter F but the digits give L"), report.warnings());
    }

    @Test
    void sharedUnitIsDescribedByTheFirstFileThatGivesLearningOutcomes() {
        String bare = UNIT_A.substring(0, UNIT_A.indexOf(", \"learningOutcomes\"")) + "}";
        var files = List.of(parse("a.json", file("q-1", RULES, bare + "," + UNIT_B, "")),
                parse("b.json", file("q-2", RULES, UNIT_A + "," + UNIT_B, "")));
        assertEquals(1, CatalogueDataValidator.canonicalUnits(files).get("L/506/2150").learningOutcomes().size());
    }

    @Test
    void sharedUnitIsDescribedByTheFileWithTheLeastReconstructedText() {
        String reconstructed = UNIT_A.replace("\"Understand\"", "\"[Understand]\"");
        var files = List.of(parse("a.json", file("q-1", RULES, reconstructed + "," + UNIT_B, "")),
                parse("b.json", file("q-2", RULES, UNIT_A + "," + UNIT_B, "")));
        assertEquals("Understand",
                CatalogueDataValidator.canonicalUnits(files).get("L/506/2150").learningOutcomes().get(0).title());
        var tie = List.of(parse("a.json", file("q-1", RULES, reconstructed + "," + UNIT_B, "")),
                parse("b.json", file("q-2", RULES, reconstructed.replace("Explain", "Explain fully") + "," + UNIT_B, "")));
        assertEquals("Explain",
                CatalogueDataValidator.canonicalUnits(tie).get("L/506/2150").learningOutcomes().get(0)
                        .assessmentCriteria().get(0).text());
    }
}
