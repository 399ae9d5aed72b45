package uk.awarding.registration.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.newCentre;
import static uk.awarding.registration.Api.registered;
import static uk.awarding.registration.Api.registrationsOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.registration.CatalogueStub;
import uk.awarding.registration.TestUlns;

@QuarkusTest
class BatchRegistrationTest {

    private static final String HEADER = "uln,givenName,familyName,dateOfBirth,qualificationId,extraTimePercent,otherAdjustments\n";
    private static final String ADULT_BIRTHDAY = LocalDate.now().minusYears(30).toString();

    @CatalogueStub.Server
    WireMockServer catalogue;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void registersEveryRowOfACsvFile() {
        String first = TestUlns.random();
        String second = TestUlns.random();
        String csv = HEADER
                + first + ",Amara,Okafor," + ADULT_BIRTHDAY + ",cg-2794-02,25,Screen reader\r\n"
                + second + ",\"Seán\",O'Neill," + ADULT_BIRTHDAY + ",cg-2794-02,,\"Reader, \"\"large print\"\"\"\r\n";
        csv(CENTRE, csv).statusCode(200)
                .body("rows", equalTo(2)).body("registered", equalTo(2))
                .body("report.row", contains(1, 2))
                .body("report.status", everyItem(equalTo("REGISTERED")))
                .body("report.id", everyItem(notNullValue()));
        as(TestTokens.staff()).queryParam("uln", first).when().get("/api/registrations").then()
                .body("items[0].accessArrangements.extraTimePercent", equalTo(25))
                .body("items[0].accessArrangements.otherAdjustments", equalTo("Screen reader"));
        as(TestTokens.staff()).queryParam("uln", second).when().get("/api/registrations").then()
                .body("items[0].givenName", equalTo("Seán"))
                .body("items[0].familyName", equalTo("O'Neill"))
                .body("items[0].accessArrangements.extraTimePercent", equalTo(0))
                .body("items[0].accessArrangements.otherAdjustments", equalTo("Reader, \"large print\""));
    }

    @Test
    void csvColumnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
        String uln = TestUlns.random();
        csv(CENTRE, "\uFEFFqualificationId,dateOfBirth,familyName,givenName,uln\n"
                + "cg-2794-02," + ADULT_BIRTHDAY + ",Okafor,Amara," + uln + "\n\n").statusCode(200)
                .body("registered", equalTo(1));
        assertEquals(1, registrationsOf(uln));
    }

    @Test
    void registersEveryElementOfAJsonArray() {
        List<Map<String, Object>> rows = List.of(learner(TestUlns.random()), learner(TestUlns.random()));
        json(CENTRE, rows).statusCode(200).body("registered", equalTo(2))
                .body("report.status", everyItem(equalTo("REGISTERED")));
        assertEquals(1, registrationsOf((String) rows.get(1).get("uln")));
    }

    @Test
    void oneInvalidCsvRowRegistersNothingAndReportsEveryRow() {
        String good = TestUlns.random();
        String alsoGood = TestUlns.random();
        String csv = HEADER
                + good + ",Amara,Okafor," + ADULT_BIRTHDAY + ",cg-2794-02,,\n"
                + "9276308687,Bad,Uln,1990-13-01,cg-2794-02,abc,\n"
                + alsoGood + ",Amara,Okafor," + ADULT_BIRTHDAY + ",no-such-qualification,,\n"
                + "too,few,fields\n";
        csv(CENTRE, csv).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:batch-rejected"))
                .body("registered", equalTo(0))
                .body("report.status", contains("VALID", "INVALID", "INVALID", "INVALID"))
                .body("report[1].errors.field", contains("dateOfBirth", "extraTimePercent", "uln"))
                .body("report[2].errors.field", contains("qualificationId"))
                .body("report[2].errors[0].problem", equalTo("unknown-qualification"))
                .body("report[3].errors.field", contains("row"));
        assertEquals(0, registrationsOf(good));
        assertEquals(0, registrationsOf(alsoGood));
    }

    @Test
    void oneInvalidJsonElementRegistersNothing() {
        Map<String, Object> good = learner(TestUlns.random());
        Map<String, Object> young = learner(TestUlns.random());
        young.put("dateOfBirth", LocalDate.now().minusYears(10).toString());
        Map<String, Object> wrongType = learner(TestUlns.random());
        wrongType.put("dateOfBirth", 20010412);
        json(CENTRE, List.of(good, young, wrongType)).statusCode(422)
                .body("report.status", contains("VALID", "INVALID", "INVALID"))
                .body("report[1].errors[0].problem", equalTo("below-minimum-age"))
                .body("report[2].errors[0].field", equalTo("dateOfBirth"));
        assertEquals(0, registrationsOf((String) good.get("uln")));
    }

    @Test
    void rowsThatDuplicateAnActiveRegistrationOrAnEarlierRowAreRejected() {
        String existing = TestUlns.random();
        registered(CENTRE, existing);
        String twice = TestUlns.random();
        json(CENTRE, List.of(learner(existing), learner(twice), learner(twice))).statusCode(422)
                .body("report.status", contains("INVALID", "VALID", "INVALID"))
                .body("report[0].errors[0].problem", equalTo("duplicate-registration"))
                .body("report[2].errors[0].problem", equalTo("duplicate-registration"));
        assertEquals(0, registrationsOf(twice));
    }

    @Test
    void refusesARowWhoseLearnerDetailsDifferFromAnEarlierRow() {
        String uln = TestUlns.random();
        Map<String, Object> first = learner(uln);
        Map<String, Object> second = learner(uln);
        second.put("familyName", "Okafor-Smith");
        second.put("qualificationId", CatalogueStub.OTHER_OPEN);
        json(CENTRE, List.of(first, second)).statusCode(422)
                .body("report.status", contains("VALID", "INVALID"))
                .body("report[1].errors.field", contains("familyName"))
                .body("report[1].errors.problem", contains("learner-details-mismatch"));
    }

    @Test
    void reportsEveryInvalidFieldOfARowAtOnce() {
        String csv = HEADER + "9276308687,,O'Neill,1890-01-01,cg-2794-02,150,\n";
        csv(CENTRE, csv).statusCode(422)
                .body("report[0].errors.field", contains("accessArrangements.extraTimePercent", "dateOfBirth",
                        "givenName", "uln"))
                .body("report[0].errors.problem", contains("validation-failed", "impossible-date-of-birth",
                        "validation-failed", "validation-failed"));
    }

    @Test
    void acceptsFiveHundredRowsAndAsksTheCatalogueOncePerQualification() {
        String centre = newCentre();
        catalogue.resetRequests();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            csv.append(TestUlns.random()).append(",Learner,Number").append(',').append(ADULT_BIRTHDAY)
                    .append(",cg-2794-02,").append(i % 4 == 0 ? "25" : "").append(",\n");
        }
        csv(centre, csv.toString()).statusCode(200).body("registered", equalTo(500));
        as(TestTokens.centre(centre)).when().get("/api/registrations").then().body("total", equalTo(500));
        catalogue.verify(1, getRequestedFor(urlPathEqualTo("/api/qualifications/" + CatalogueStub.OPEN)));
    }

    @Test
    void fiveHundredRowsReachTheDatabaseInBatchesNotRowByRow() {
        String centre = newCentre();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            csv.append(TestUlns.random()).append(",Learner,Number").append(',').append(ADULT_BIRTHDAY)
                    .append(",cg-2794-02,,\n");
        }
        Statistics statistics = sessionFactory.getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            csv(centre, csv.toString()).statusCode(200).body("registered", equalTo(500));
            // 1,500 inserts (learner, registration, audit event per row) in batches of 250: a handful of statements,
            // where alternating tables would prepare one statement per row.
            assertEquals(1500, statistics.getEntityInsertCount());
            long prepared = statistics.getPrepareStatementCount();
            assertTrue(prepared < 50, prepared + " statements prepared for 500 rows");
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void refusesMoreThanFiveHundredRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> row = learner(TestUlns.random());
        for (int i = 0; i < 501; i++) {
            rows.add(row);
        }
        json(CENTRE, rows).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:batch-too-large"))
                .body("maxRows", equalTo(500));
        assertEquals(0, registrationsOf((String) row.get("uln")));
    }

    @Test
    void rejectsUnreadableFilesAsAWhole() {
        csv(CENTRE, "").statusCode(400).body("type", equalTo("urn:awarding:problem:batch-empty"));
        csv(CENTRE, HEADER).statusCode(400).body("type", equalTo("urn:awarding:problem:batch-empty"));
        csv(CENTRE, "uln,givenName,familyName\n1,2,3\n").statusCode(400)
                .body("type", equalTo("urn:awarding:problem:csv-header-invalid"));
        csv(CENTRE, HEADER.replace("givenName", "firstName")).statusCode(400)
                .body("type", equalTo("urn:awarding:problem:csv-header-invalid"));
        as(TestTokens.centre(CENTRE)).body("{\"uln\": \"9276308686\"}").when().post("/api/registrations/batch")
                .then().statusCode(400).body("type", equalTo("urn:awarding:problem:malformed-body"));
        as(TestTokens.centre(CENTRE)).body("[{\"uln\": ").when().post("/api/registrations/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:malformed-body"));
        as(TestTokens.centre(CENTRE)).body("[]").when().post("/api/registrations/batch")
                .then().statusCode(400).body("type", equalTo("urn:awarding:problem:batch-empty"));
        as(TestTokens.centre(CENTRE)).contentType("application/xml").body("<rows/>").when()
                .post("/api/registrations/batch").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void retriedBatchReturnsTheFirstReportAndRegistersOnce() {
        String uln = TestUlns.random();
        String csv = HEADER + uln + ",Amara,Okafor," + ADULT_BIRTHDAY + ",cg-2794-02,,\n";
        String key = UUID.randomUUID().toString();
        String first = csvWithKey(key, csv).statusCode(200).extract().asString();
        String retry = csvWithKey(key, csv).statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, retry);
        assertEquals(1, registrationsOf(uln));
        csvWithKey(key, csv.replace("Amara", "Amarachi")).statusCode(422)
                .body("type", equalTo("urn:awarding:problem:idempotency-key-reused"));
    }

    @Test
    void onlyCentresSendBatches() {
        as(TestTokens.staff()).body(List.of(learner(TestUlns.random()))).when().post("/api/registrations/batch")
                .then().statusCode(403).body("type", equalTo("urn:awarding:problem:forbidden"));
    }

    private static ValidatableResponse csv(String centre, String csv) {
        return as(TestTokens.centre(centre)).contentType("text/csv; charset=UTF-8").body(csv).when()
                .post("/api/registrations/batch").then();
    }

    private static ValidatableResponse csvWithKey(String key, String csv) {
        return as(TestTokens.centre(CENTRE)).header("Idempotency-Key", key).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/registrations/batch").then();
    }

    private static ValidatableResponse json(String centre, List<Map<String, Object>> rows) {
        return as(TestTokens.centre(centre)).body(rows).when().post("/api/registrations/batch").then();
    }
}
