package uk.awarding.catalogue.rest;

/** Realistic request bodies for the OpenAPI document, from the seeded City & Guilds 2794-02. */
final class OpenApiExamples {

    static final String ACHIEVEMENT = """
            {"units": ["2794-201", "2794-202", "2794-203", "2794-204", "2794-205", "2794-206", "2794-210"]}""";

    static final String QUALIFICATION_CHANGE = """
            {"version": 3, "qualificationNumber": "603/2394/2",
             "title": "City & Guilds Level 2 Diploma for Customer Service Practitioners",
             "awardingOrganisation": "City & Guilds", "level": 2, "glh": {"min": 201, "max": 201}, "tqt": 380,
             "credits": null, "minimumAge": 16, "grading": "PASS_FAIL", "status": "OPEN",
             "specVersion": "Version 1.3 (September 2024)", "sourceDocument": "003_69c8a2ddc74021ef.txt"}""";

    static final String SPEC_VERSION = """
            {"version": 3, "specVersion": "Version 1.4 (March 2026)", "sourceDocument": "cg-2794-02-qualification-handbook-v1-4.pdf"}""";

    static final String UNIT_CHANGE = """
            {"version": 2, "aoUnitCode": "2794-210", "title": "Customer service principles", "level": 2, "glh": 20,
             "credits": null, "assessmentMethod": "ONLINE_MCQ_TEST", "knowledgeOnly": true,
             "aim": "This unit aims to develop the knowledge and understanding required by a learner on the external factors that influence organisations."}""";

    private OpenApiExamples() {
    }
}
