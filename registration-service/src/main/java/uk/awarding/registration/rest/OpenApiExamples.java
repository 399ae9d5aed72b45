package uk.awarding.registration.rest;

/**
 * Realistic bodies for the OpenAPI document, so a centre's developer sees what a real request and answer hold (ULNs
 * here pass the check digit). Constants, because annotations take nothing else.
 */
final class OpenApiExamples {

    static final String REGISTRATION_REQUEST = """
            {"uln": "9276308686", "givenName": "Amara", "familyName": "Okafor", "dateOfBirth": "2001-04-12",
             "qualificationId": "cg-2794-02",
             "accessArrangements": {"extraTimePercent": 25, "otherAdjustments": "Screen reader"}}""";

    static final String REGISTRATION = """
            {"id": "5f0c6b1e-8d3a-4c2e-9b7a-2f4d6e8a1c3b", "centreNumber": "CEN001", "uln": "9276308686",
             "givenName": "Amara", "familyName": "Okafor", "dateOfBirth": "2001-04-12", "qualificationId": "cg-2794-02",
             "status": "ACTIVE", "registeredAt": "2026-09-14T09:30:00Z",
             "accessArrangements": {"extraTimePercent": 25, "otherAdjustments": "Screen reader"},
             "withdrawnAt": null, "withdrawalReason": null}""";

    static final String BATCH_JSON = """
            [{"uln": "9276308686", "givenName": "Amara", "familyName": "Okafor", "dateOfBirth": "2001-04-12",
              "qualificationId": "cg-2794-02", "accessArrangements": {"extraTimePercent": 25, "otherAdjustments": "Screen reader"}},
             {"uln": "2703729684", "givenName": "Siân", "familyName": "O'Neill", "dateOfBirth": "1998-11-30",
              "qualificationId": "cg-2794-02"}]""";

    static final String BATCH_CSV = """
            uln,givenName,familyName,dateOfBirth,qualificationId,extraTimePercent,otherAdjustments
            9276308686,Amara,Okafor,2001-04-12,cg-2794-02,25,Screen reader
            2703729684,Siân,"O'Neill",1998-11-30,cg-2794-02,,
            """;

    static final String BATCH_REPORT = """
            {"rows": 2, "registered": 2, "report": [
             {"row": 1, "status": "REGISTERED", "errors": [], "id": "5f0c6b1e-8d3a-4c2e-9b7a-2f4d6e8a1c3b"},
             {"row": 2, "status": "REGISTERED", "errors": [], "id": "0b7d2c4e-6f81-4a39-b5d2-7e9c1a3f5b60"}]}""";

    static final String BATCH_REJECTED = """
            {"type": "urn:awarding:problem:batch-rejected", "title": "The batch was not registered", "status": 422,
             "detail": "1 of 2 rows break a rule; no row was registered. Correct them and send the whole batch again.",
             "instance": "/api/registrations/batch", "rows": 2, "registered": 0, "report": [
              {"row": 1, "status": "VALID", "errors": [], "id": null},
              {"row": 2, "status": "INVALID", "id": null, "errors": [{"field": "familyName",
               "problem": "learner-details-mismatch", "message": "does not match the learner record for this ULN; check it with the learner, or ask the awarding organisation to correct the record"}]}]}""";

    static final String VALIDATION_FAILED = """
            {"type": "urn:awarding:problem:validation-failed", "title": "The request is not valid", "status": 400,
             "detail": "3 fields are not valid; errors lists each.", "instance": "/api/registrations", "errors": [
              {"field": "dateOfBirth", "problem": "impossible-date-of-birth", "message": "makes the learner 136 years old; a learner is younger than 115"},
              {"field": "givenName", "problem": "validation-failed", "message": "must not be blank"},
              {"field": "uln", "problem": "validation-failed", "message": "check digit does not match (not a ULN issued by the Learning Records Service)"}]}""";

    static final String DETAILS_MISMATCH = """
            {"type": "urn:awarding:problem:learner-details-mismatch", "title": "The learner details do not match the record for this ULN",
             "status": 422, "detail": "dateOfBirth: does not match the learner record for this ULN; check it with the learner, or ask the awarding organisation to correct the record",
             "instance": "/api/registrations", "errors": [{"field": "dateOfBirth", "problem": "learner-details-mismatch",
              "message": "does not match the learner record for this ULN; check it with the learner, or ask the awarding organisation to correct the record"}]}""";

    static final String WITHDRAWAL = """
            {"reason": "Moved to another college"}""";

    static final String ACCESS_ARRANGEMENTS = """
            {"extraTimePercent": 25, "otherAdjustments": "Screen reader and a separate room"}""";

    static final String CENTRE_REQUEST = """
            {"centreNumber": "CEN014", "name": "Harbourside Adult Learning Centre"}""";

    static final String CENTRE = """
            {"centreNumber": "CEN001", "name": "Northgate College",
             "approvedQualifications": ["cg-2794-02", "ncfe-l2-diploma-customer-service-practitioners"]}""";

    private OpenApiExamples() {
    }
}
