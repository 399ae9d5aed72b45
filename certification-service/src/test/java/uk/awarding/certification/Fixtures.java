package uk.awarding.certification;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.awarding.certification.PeerStubs.SeedQualification;
import uk.awarding.platform.testing.TestTokens;

/** Steps the tests share: a registration at a centre, recorded unit results, a claim. */
public final class Fixtures {

    public static final String CENTRE = "CEN001";
    public static final String OTHER_CENTRE = "CEN002";
    public static final String FAMILY_NAME = "Okafor";

    private Fixtures() {
    }

    public static String registration(SeedQualification qualification) {
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, CENTRE, qualification.id);
        return registrationId;
    }

    /** A passed portfolio unit recorded by the owner centre. */
    public static String portfolioPass(String registrationId, String unit) {
        return given().auth().oauth2(TestTokens.centre(CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("registrationId", registrationId, "unit", unit, "assessor", "A. Assessor",
                        "internalQualityAssurer", "I. Verifier", "outcome", "PASS", "achievedOn", "2026-10-01"))
                .post("/api/unit-results").then().statusCode(201).extract().path("id");
    }

    /** A passed online test delivered by test-engine-service. */
    public static String sittingPass(String registrationId, String unit) {
        String sittingId = UUID.randomUUID().toString();
        PeerStubs.sitting(sittingId, registrationId, 20, 18, "2026-10-02");
        return given().auth().oauth2(TestTokens.service("test-engine-service")).contentType(ContentType.JSON)
                .body(Map.of("registrationId", registrationId, "unit", unit,
                        "sittingId", sittingId, "score", 20, "passMark", 18,
                        "achievedOn", "2026-10-02"))
                .post("/api/unit-results").then().statusCode(201).extract().path("id");
    }

    /** Every unit recorded as passed, the online-tested one through the test engine. */
    public static void passAll(String registrationId, List<String> units) {
        for (String unit : units) {
            if (unit.equals("2794-210")) {
                sittingPass(registrationId, unit);
            } else {
                portfolioPass(registrationId, unit);
            }
        }
    }

    public static Response claim(String registrationId, boolean unitCertificate) {
        return given().auth().oauth2(TestTokens.centre(CENTRE)).contentType(ContentType.JSON)
                .body(Map.of("registrationId", registrationId, "unitCertificate", unitCertificate))
                .post("/api/claims");
    }

    /** A registration with a full certificate; answers the certificate number. */
    public static String certified(SeedQualification qualification) {
        return certified(qualification, registration(qualification));
    }

    /** A full certificate for a learner of these names. */
    public static String certified(SeedQualification qualification, String givenName, String familyName) {
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, CENTRE, qualification.id, "ACTIVE",
                Map.of("givenName", givenName, "familyName", familyName));
        return certified(qualification, registrationId);
    }

    /** A full certificate for the learner with this ULN (named as in the registration fixture). */
    public static String certifiedFor(SeedQualification qualification, String uln) {
        String registrationId = UUID.randomUUID().toString();
        PeerStubs.registration(registrationId, CENTRE, qualification.id, "ACTIVE", Map.of("uln", uln));
        return certified(qualification, registrationId);
    }

    /** A ULN no other test uses, with a valid check digit (the digits weighted 10 down to 1 leave 10 modulo 11). */
    public static String newUln() {
        while (true) {
            String digits = String.valueOf(100_000_000L + ThreadLocalRandom.current().nextLong(900_000_000L));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (10 - i) * (digits.charAt(i) - '0');
            }
            int check = Math.floorMod(10 - sum, 11);
            if (check < 10) {
                return digits + check;
            }
        }
    }

    private static String certified(SeedQualification qualification, String registrationId) {
        passAll(registrationId, qualification.achievingUnits);
        return claim(registrationId, false).then().statusCode(201).extract().path("number");
    }
}
