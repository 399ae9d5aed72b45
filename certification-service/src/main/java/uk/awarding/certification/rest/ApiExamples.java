package uk.awarding.certification.rest;

/**
 * Realistic requests and answers for the OpenAPI document, drawn from the seed qualification City & Guilds 2794-02 and
 * the demo learner, so that a centre's developer can integrate from the document alone.
 */
final class ApiExamples {

    static final String PORTFOLIO_RESULT_REQUEST = """
            {"registrationId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f","unit":"2794-201","assessor":"Priya Shah",\
            "internalQualityAssurer":"Tom Hughes","outcome":"PASS","achievedOn":"2026-10-01"}""";

    static final String SITTING_RESULT_REQUEST = """
            {"registrationId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f","unit":"2794-210",\
            "sittingId":"b0d2f7e4-61a9-4c35-8f0e-2a7c9d13e5b8","score":20,"passMark":18,"achievedOn":"2026-10-02"}""";

    static final String PORTFOLIO_RESULT = """
            {"id":"9a4e1c7b-2d3f-4e5a-8b6c-0d1e2f3a4b5c","registrationId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f",\
            "unit":"2794-201","source":"PORTFOLIO","assessor":"Priya Shah","internalQualityAssurer":"Tom Hughes",\
            "outcome":"PASS","achievedOn":"2026-10-01","recordedAt":"2026-10-01T14:03:27.512Z","recordedBy":"centre",\
            "current":true,"usedOnCertificate":false}""";

    static final String SITTING_RESULT = """
            {"id":"5c8d2e1f-7a6b-4c3d-9e0f-1a2b3c4d5e6f","registrationId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f",\
            "unit":"2794-210","source":"ONLINE_TEST","sittingId":"b0d2f7e4-61a9-4c35-8f0e-2a7c9d13e5b8","score":20,\
            "passMark":18,"outcome":"PASS","achievedOn":"2026-10-02","recordedAt":"2026-10-02T10:47:03.118Z",\
            "recordedBy":"service-account-test-engine-service","current":true,"usedOnCertificate":false}""";

    static final String CORRECTION_REQUEST = """
            {"outcome":"FAIL","achievedOn":"2026-10-01",\
            "reason":"Internal quality assurance found the evidence for AC2.3 was not the learner's own work"}""";

    static final String CORRECTION = """
            {"id":"e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b","registrationId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f",\
            "unit":"2794-201","source":"PORTFOLIO","assessor":"Priya Shah","internalQualityAssurer":"Tom Hughes",\
            "outcome":"FAIL","achievedOn":"2026-10-01","recordedAt":"2026-10-09T09:12:44.007Z","recordedBy":"centre",\
            "current":true,"usedOnCertificate":false,"corrects":"9a4e1c7b-2d3f-4e5a-8b6c-0d1e2f3a4b5c",\
            "correctionReason":"Internal quality assurance found the evidence for AC2.3 was not the learner's own work"}""";

    static final String UNIT_RESULT_PAGE = "{\"items\":[" + PORTFOLIO_RESULT + "," + SITTING_RESULT
            + "],\"page\":0,\"size\":2,\"total\":2}";

    static final String CLAIM_REQUEST = """
            {"registrationId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f","unitCertificate":false}""";

    static final String CERTIFICATE = """
            {"number":"7KQ4M9TX2HPCA","type":"FULL","replacement":false,"status":"VALID",\
            "awardingOrganisation":"City & Guilds","learner":{"uln":"9276308686","givenName":"Amara","familyName":"Okafor"},\
            "qualification":{"id":"cg-2794-02","qualificationNumber":"603/2394/2",\
            "title":"City & Guilds Level 2 Diploma for Customer Service Practitioners","awardingOrganisation":"City & Guilds",\
            "level":2},"units":[{"unitId":"2794-201","aoUnitCode":"2794-201","title":"Developing self to achieve targets and goals",\
            "level":2},{"unitId":"2794-210","aoUnitCode":"2794-210","title":"Customer service principles","level":2}],\
            "showsCredits":false,"issuedOn":"2026-11-20","registrationId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f",\
            "centreNumber":"CEN001","statusListIndex":1042}""";

    static final String REPLACEMENT_REQUEST = """
            {"reason":"The learner's certificate was lost in a house move"}""";

    static final String REPLACEMENT = """
            {"number":"R8WDX3NA5TGEF","type":"FULL","replacement":true,"replacementOf":"7KQ4M9TX2HPCA","status":"VALID",\
            "awardingOrganisation":"City & Guilds","learner":{"uln":"9276308686","givenName":"Amara","familyName":"Okafor"},\
            "qualification":{"id":"cg-2794-02","qualificationNumber":"603/2394/2",\
            "title":"City & Guilds Level 2 Diploma for Customer Service Practitioners","awardingOrganisation":"City & Guilds",\
            "level":2},"units":[{"unitId":"2794-201","aoUnitCode":"2794-201","title":"Developing self to achieve targets and goals",\
            "level":2},{"unitId":"2794-210","aoUnitCode":"2794-210","title":"Customer service principles","level":2}],\
            "showsCredits":false,"issuedOn":"2026-12-01","registrationId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f",\
            "centreNumber":"CEN001","statusListIndex":1187}""";

    static final String REVOCATION_REQUEST = """
            {"reason":"Malpractice: the portfolio evidence for unit 2794-201 was not the learner's own work"}""";

    static final String REVOKED = """
            {"number":"7KQ4M9TX2HPCA","type":"FULL","replacement":false,"status":"REVOKED",\
            "awardingOrganisation":"City & Guilds","learner":{"uln":"9276308686","givenName":"Amara","familyName":"Okafor"},\
            "qualification":{"id":"cg-2794-02","qualificationNumber":"603/2394/2",\
            "title":"City & Guilds Level 2 Diploma for Customer Service Practitioners","awardingOrganisation":"City & Guilds",\
            "level":2},"units":[{"unitId":"2794-201","aoUnitCode":"2794-201","title":"Developing self to achieve targets and goals",\
            "level":2},{"unitId":"2794-210","aoUnitCode":"2794-210","title":"Customer service principles","level":2}],\
            "showsCredits":false,"issuedOn":"2026-11-20","registrationId":"3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f",\
            "centreNumber":"CEN001","statusListIndex":1042}""";

    static final String AUDIT_PAGE = """
            {"items":[{"id":412,"occurredAt":"2026-11-20T15:31:08.204Z","actor":"centre","action":"certificate-issued",\
            "subject":"7KQ4M9TX2HPCA","detail":"FULL certificate for registration 3f6c2a9e-8b1d-4c7a-9e2f-5d4b3a2c1e0f (7 units)"}],\
            "page":0,"size":50,"total":1}""";

    static final String JWKS = """
            {"keys":[{"kty":"OKP","crv":"Ed25519","kid":"145de05e-fa45-4140-8489-1c3e242aa070",\
            "x":"6KcWOensYGf7Gl7e0liz5dm5OueKUj4za4OaP7n77k4"}]}""";

    /** A VC-JWT as issued (header, payload and signature, shortened here). */
    static final String VC_JWT = "eyJraWQiOiIxNDVkZTA1ZSIsInR5cCI6InZjK2p3dCIsImN0eSI6InZjIiwiYWxnIjoiRWREU0EifQ"
            + ".eyJpc3MiOiJodHRwczovL2F3YXJkaW5nLmV4YW1wbGUub3JnL2NlcnRpZmljYXRpb24vaXNzdWVycy9jaXR5LWFuZC1ndWlsZHMiLCJzdWIiOiI3S1E0TTlUWDJIUENBIn0"
            + ".3Zq9e1mJtY8c2l0sQ4ZJf0wq7o1b2Xc9Yk3rVh5nU6pT0aE8dW1sL4mG7iR2yH9xB3vC6nK0jF5qD8uA1zE2Bw";

    static final String LEARNER_CERTIFICATES = "{\"items\":[" + REPLACEMENT + "," + CERTIFICATE
            + "],\"page\":0,\"size\":20,\"total\":2}";

    static final String ISSUER_PROFILE = """
            {"@context":["https://www.w3.org/ns/credentials/v2",\
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],\
            "id":"https://awarding.example.org/certification/issuers/city-and-guilds","type":["Profile"],\
            "name":"City & Guilds","description":"City & Guilds is the awarding organisation that issued the certificates \
            these credentials stand for. Anyone can check such a certificate at https://awarding.example.org/verify/"}""";

    static final String VALID_VERIFICATION = """
            {"number":"7KQ4M9TX2HPCA","status":"valid","certificate":{"number":"7KQ4M9TX2HPCA","type":"FULL",\
            "replacement":false,"awardingOrganisation":"City & Guilds","learner":{"givenName":"Amara","familyName":"Okafor"},\
            "qualification":{"id":"cg-2794-02","qualificationNumber":"603/2394/2",\
            "title":"City & Guilds Level 2 Diploma for Customer Service Practitioners","awardingOrganisation":"City & Guilds",\
            "level":2},"units":[{"unitId":"2794-201","aoUnitCode":"2794-201",\
            "title":"Developing self to achieve targets and goals","level":2},{"unitId":"2794-210","aoUnitCode":"2794-210",\
            "title":"Customer service principles","level":2}],"issuedOn":"2026-11-20"}}""";

    static final String UNKNOWN_VERIFICATION = """
            {"number":"7KQ4M9TX2HPCA","status":"unknown"}""";

    private ApiExamples() {
    }
}
