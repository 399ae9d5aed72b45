package uk.awarding.registration.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.OTHER_CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.register;
import static uk.awarding.registration.Api.registered;
import static uk.awarding.registration.Api.registrationsOf;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.platform.testing.contract.Contracts;
import uk.awarding.registration.CatalogueStub;
import uk.awarding.registration.TestUlns;

@QuarkusTest
class RegistrationResourceTest {

    @Test
    void registersLearnerWithLocationAndAccessArrangements() {
        String uln = TestUlns.random();
        Map<String, Object> body = learner(uln);
        body.put("accessArrangements", Map.of("extraTimePercent", 25, "otherAdjustments", "Screen reader"));
        var response = register(CENTRE, body)
                .statusCode(201)
                .body("centreNumber", equalTo(CENTRE))
                .body("uln", equalTo(uln))
                .body("status", equalTo("ACTIVE"))
                .body("accessArrangements.extraTimePercent", equalTo(25))
                .body("learnerMismatches", nullValue())
                .extract();
        String id = response.path("id");
        String location = response.header("Location");
        assertThat(location, endsWith("/api/registrations/" + id));
        as(TestTokens.centre(CENTRE)).when().get(location).then().statusCode(200).body("id", equalTo(id));
    }

    /** The provider side of the contract test-engine-service and certification-service rely on. */
    @Test
    void registrationSatisfiesItsContractForServiceCallers() {
        Map<String, Object> body = learner("9276308686");
        body.put("givenName", "Amara");
        body.put("familyName", "Okafor");
        body.put("dateOfBirth", "2001-04-12");
        body.put("accessArrangements", Map.of("extraTimePercent", 25, "otherAdjustments", "Screen reader"));
        // The demo learner may be registered already by another test of this run: withdraw any earlier one.
        as(TestTokens.staff()).queryParam("uln", "9276308686").queryParam("status", "ACTIVE")
                .when().get("/api/registrations").then().extract().<java.util.List<String>>path("items.id")
                .forEach(earlier -> as(TestTokens.staff()).when().post("/api/registrations/" + earlier + "/withdrawal")
                        .then().statusCode(200));
        String id = register(CENTRE, body).statusCode(201).extract().path("id");

        String actual = as(TestTokens.service("test-engine-service")).when().get("/api/registrations/" + id)
                .then().statusCode(200).extract().asString();
        Contracts.assertSatisfies("registration-service", "registration-cg-2794-02", actual);
    }

    @Test
    void takesTheCentreFromTheTokenNeverFromTheBody() {
        Map<String, Object> body = learner(TestUlns.random());
        body.put("centreNumber", OTHER_CENTRE);
        register(CENTRE, body).statusCode(201).body("centreNumber", equalTo(CENTRE));
    }

    @Test
    void trimsNamesAndAcceptsAnyScript() {
        Map<String, Object> body = learner(TestUlns.random());
        body.put("givenName", "  Zoë-Siân ");
        body.put("familyName", "O’Brien-Ngũgĩ");
        register(CENTRE, body).statusCode(201)
                .body("givenName", equalTo("Zoë-Siân"))
                .body("familyName", equalTo("O’Brien-Ngũgĩ"));
    }

    @Test
    void rejectsUlnWithWrongCheckDigit() {
        assertFieldProblem(with("uln", "9276308687"), 400, "validation-failed", "uln");
    }

    @Test
    void rejectsTheTemporaryUln() {
        register(CENTRE, with("uln", "9999999999")).statusCode(400)
                .body("errors[0].field", equalTo("uln"))
                .body("errors[0].message", equalTo("9999999999 is the temporary ULN, not a learner's"));
    }

    @Test
    void rejectsMissingUln() {
        Map<String, Object> body = learner(TestUlns.random());
        body.remove("uln");
        assertFieldProblem(body, 400, "validation-failed", "uln");
    }

    @Test
    void rejectsBlankOrOverlongOrSymbolNames() {
        assertFieldProblem(with("givenName", "   "), 400, "validation-failed", "givenName");
        assertFieldProblem(with("familyName", "x".repeat(101)), 400, "validation-failed", "familyName");
        assertFieldProblem(with("familyName", "<script>"), 400, "validation-failed", "familyName");
    }

    @Test
    void rejectsDatesOfBirthThatCannotBeALearners() {
        for (String date : new String[] { LocalDate.now().plusDays(1).toString(), "2999-01-01", "1890-06-01",
                "0001-01-01", LocalDate.now().minusYears(2).toString() }) {
            assertFieldProblem(with("dateOfBirth", date), 422, "impossible-date-of-birth", "dateOfBirth");
        }
    }

    @Test
    void reportsEveryInvalidFieldInOneAnswer() {
        Map<String, Object> body = learner("9276308687");
        body.put("givenName", "A".repeat(101));
        body.put("familyName", "<script>");
        body.put("dateOfBirth", "1890-01-01");
        body.put("qualificationId", "CG 2794/02");
        body.put("accessArrangements", Map.of("extraTimePercent", 150));
        register(CENTRE, body).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("detail", equalTo("6 fields are not valid; errors lists each."))
                .body("errors.field", contains("accessArrangements.extraTimePercent", "dateOfBirth", "familyName",
                        "givenName", "qualificationId", "uln"))
                .body("errors.find { it.field == 'dateOfBirth' }.problem", equalTo("impossible-date-of-birth"))
                .body("errors.find { it.field == 'uln' }.problem", equalTo("validation-failed"));
    }

    @Test
    void reportsEveryBrokenRuleOfAWellFormedRequestInOneAnswer() {
        Map<String, Object> body = with("dateOfBirth", "2999-01-01");
        body.put("qualificationId", CatalogueStub.DRAFT);
        register(OTHER_CENTRE, body).statusCode(422)
                .body("type", equalTo("urn:awarding:problem:impossible-date-of-birth"))
                .body("errors.problem", contains("impossible-date-of-birth", "qualification-not-open", "centre-not-approved"));
    }

    @Test
    void rejectsDateOfBirthThatIsNotADate() {
        assertFieldProblem(with("dateOfBirth", "12/04/2001"), 400, "malformed-body", "dateOfBirth");
        assertFieldProblem(with("dateOfBirth", "2001-02-30"), 400, "malformed-body", "dateOfBirth");
    }

    @Test
    void rejectsExtraTimeOutsideZeroToHundred() {
        assertFieldProblem(with("accessArrangements", Map.of("extraTimePercent", 101)), 400, "validation-failed",
                "accessArrangements.extraTimePercent");
        assertFieldProblem(with("accessArrangements", Map.of("extraTimePercent", -5)), 400, "validation-failed",
                "accessArrangements.extraTimePercent");
        assertFieldProblem(with("accessArrangements", Map.of("extraTimePercent", "lots")), 400, "malformed-body",
                "accessArrangements.extraTimePercent");
    }

    @Test
    void rejectsMissingOrMalformedBody() {
        as(TestTokens.centre(CENTRE)).body("{\"uln\": ").when().post("/api/registrations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:malformed-body"));
        as(TestTokens.centre(CENTRE)).when().post("/api/registrations")
                .then().statusCode(400).contentType("application/problem+json");
        as(TestTokens.centre(CENTRE)).contentType("text/plain").body("hello").when().post("/api/registrations")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void rejectsUnknownQualification() {
        assertFieldProblem(with("qualificationId", "no-such-qualification"), 422, "unknown-qualification",
                "qualificationId");
    }

    @Test
    void rejectsQualificationThatIsNotOpen() {
        assertFieldProblem(with("qualificationId", CatalogueStub.DRAFT), 422, "qualification-not-open",
                "qualificationId");
    }

    @Test
    void rejectsQualificationTheCentreIsNotApprovedFor() {
        Map<String, Object> body = learner(TestUlns.random());
        body.put("qualificationId", CatalogueStub.OTHER_OPEN);
        register(OTHER_CENTRE, body).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:centre-not-approved"))
                .body("errors[0].field", equalTo("qualificationId"));
        assertEquals(0, registrationsOf((String) body.get("uln")));
    }

    @Test
    void rejectsLearnerBelowTheMinimumAgeOnTheRegistrationDate() {
        Map<String, Object> body = learner(TestUlns.random());
        body.put("dateOfBirth", LocalDate.now().minusYears(16).plusDays(1).toString());
        assertFieldProblem(body, 422, "below-minimum-age", "dateOfBirth");
    }

    @Test
    void acceptsLearnerWhoTurnsTheMinimumAgeOnTheRegistrationDate() {
        Map<String, Object> body = learner(TestUlns.random());
        body.put("dateOfBirth", LocalDate.now(java.time.ZoneId.of("Europe/London")).minusYears(16).toString());
        register(CENTRE, body).statusCode(201);
    }

    @Test
    void appliesEachQualificationsOwnMinimumAge() {
        Map<String, Object> body = learner(TestUlns.random());
        body.put("dateOfBirth", LocalDate.now().minusYears(18).toString());
        body.put("qualificationId", CatalogueStub.ADULT);
        assertFieldProblem(body, 422, "below-minimum-age", "dateOfBirth");
    }

    @Test
    void rejectsSecondActiveRegistrationOfTheSameLearnerOnTheSameQualification() {
        String uln = TestUlns.random();
        register(CENTRE, learner(uln)).statusCode(201);
        register(CENTRE, learner(uln)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:duplicate-registration"))
                .body("errors[0].field", equalTo("qualificationId"));
        register(OTHER_CENTRE, learner(uln)).statusCode(409)
                .body("type", equalTo("urn:awarding:problem:duplicate-registration"));
        assertEquals(1, registrationsOf(uln));
    }

    @Test
    void registersTheSameLearnerOnAnotherQualification() {
        String uln = TestUlns.random();
        register(CENTRE, learner(uln)).statusCode(201);
        Map<String, Object> other = learner(uln);
        other.put("qualificationId", CatalogueStub.OTHER_OPEN);
        register(CENTRE, other).statusCode(201);
        assertEquals(2, registrationsOf(uln));
    }

    @Test
    void refusesLearnerDetailsThatDifferFromTheRecordAndKeepsTheRecord() {
        String uln = TestUlns.random();
        String first = registered(CENTRE, uln);
        Map<String, Object> differing = learner(uln);
        differing.put("familyName", "Okafor-Smith");
        differing.put("givenName", "amara"); // letter case alone is no difference
        differing.put("qualificationId", CatalogueStub.OTHER_OPEN);
        register(CENTRE, differing).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:learner-details-mismatch"))
                .body("errors.field", contains("familyName"));
        assertEquals(1, registrationsOf(uln));
        as(TestTokens.centre(CENTRE)).when().get("/api/registrations/" + first).then().body("familyName", equalTo("Okafor"));
    }

    @Test
    void oneLearnerAcrossCentres() {
        String uln = TestUlns.random();
        String first = registered(CENTRE, uln);
        as(TestTokens.staff()).when().post("/api/registrations/" + first + "/withdrawal").then().statusCode(200);
        Map<String, Object> sameLearner = learner(uln);
        sameLearner.put("familyName", "OKAFOR");
        register(OTHER_CENTRE, sameLearner).statusCode(201)
                .body("centreNumber", equalTo(OTHER_CENTRE))
                .body("familyName", equalTo("Okafor"));
    }

    @Test
    void onlyCentresRegister() {
        for (String token : new String[] { TestTokens.staff(), TestTokens.candidate("9276308686"),
                TestTokens.service("test-engine-service") }) {
            as(token).body(learner(TestUlns.random())).when().post("/api/registrations")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void refusesCallersWithoutAValidToken() {
        io.restassured.RestAssured.given().contentType("application/json").body(learner(TestUlns.random()))
                .when().post("/api/registrations").then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.expired("centre-CEN001", java.util.Set.of("centre"))).body(learner(TestUlns.random()))
                .when().post("/api/registrations").then().statusCode(401);
        as(TestTokens.tampered(TestTokens.centre(CENTRE))).body(learner(TestUlns.random()))
                .when().post("/api/registrations").then().statusCode(401);
    }

    @Test
    void refusesACentreTheAwardingOrganisationDoesNotKnow() {
        register("NOSUCH99", learner(TestUlns.random())).statusCode(403)
                .body("type", equalTo("urn:awarding:problem:unknown-centre"));
    }

    @Test
    void refusesACentreTokenWithoutCentreNumber() {
        as(TestTokens.token("centre-nobody", java.util.Set.of("centre"), Map.of())).body(learner(TestUlns.random()))
                .when().post("/api/registrations").then().statusCode(403)
                .body("type", equalTo("urn:awarding:problem:centre-claim-missing"));
    }

    @Test
    void answersUnknownIdsWithProblem404() {
        as(TestTokens.staff()).when().get("/api/registrations/not-a-registration").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:registration-not-found"));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = learner(TestUlns.random());
        body.put(field, value);
        return body;
    }

    private static void assertFieldProblem(Map<String, Object> body, int status, String type, String field) {
        register(CENTRE, body).statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:" + type))
                .body("errors.field", hasItem(field));
        if (body.get("uln") != null) {
            assertEquals(0, registrationsOf((String) body.get("uln")), "nothing written");
        }
    }
}
