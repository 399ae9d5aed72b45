package uk.awarding.registration.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.OTHER_CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.newCentre;
import static uk.awarding.registration.Api.register;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.awarding.platform.testing.ConcurrentWrites;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.registration.CatalogueStub;
import uk.awarding.registration.TestUlns;

@QuarkusTest
class CentreResourceTest {

    @Inject
    EntityManager entityManager;

    @Test
    void demoCentreIsSeededAndApprovedForTheCustomerServiceQualifications() {
        as(TestTokens.centre(CENTRE)).when().get("/api/centres/" + CENTRE).then().statusCode(200)
                .body("name", equalTo("Northgate College"))
                .body("approvedQualifications", hasItem("cg-2794-02"))
                .body("approvedQualifications.size()", equalTo(5));
    }

    @Test
    void staffCreateACentreAndApproveItSoItCanRegister() {
        String number = "C" + TestUlns.random();
        as(TestTokens.staff()).body(Map.of("centreNumber", number, "name", "  Eastfield Academy "))
                .when().post("/api/centres").then().statusCode(201)
                .header("Location", endsWith("/api/centres/" + number))
                .body("name", equalTo("Eastfield Academy"))
                .body("approvedQualifications.size()", equalTo(0));
        register(number, learner(TestUlns.random())).statusCode(403)
                .body("type", equalTo("urn:awarding:problem:centre-not-approved"));

        as(TestTokens.staff()).when().put("/api/centres/" + number + "/approvals/" + CatalogueStub.OPEN)
                .then().statusCode(200).body("approvedQualifications", contains(CatalogueStub.OPEN));
        as(TestTokens.staff()).when().put("/api/centres/" + number + "/approvals/" + CatalogueStub.OPEN)
                .then().statusCode(200).body("approvedQualifications", contains(CatalogueStub.OPEN));
        register(number, learner(TestUlns.random())).statusCode(201);
    }

    @Test
    void theSameApprovalTwiceAtTheSameMomentApprovesOnce() throws Exception {
        String number = "C" + TestUlns.random();
        as(TestTokens.staff()).body(Map.of("centreNumber", number, "name", "Westgate College"))
                .when().post("/api/centres").then().statusCode(201);

        // Staff press "approve" twice, or a script retries: the first approval is written but not yet committed.
        Response second = ConcurrentWrites.secondWaitsForFirst(
                held -> QuarkusTransaction.requiringNew().run(() -> {
                    entityManager.createNativeQuery("INSERT INTO centre_approval (centre_number, qualification_id) "
                            + "VALUES (?1, ?2)").setParameter(1, number).setParameter(2, CatalogueStub.OPEN)
                            .executeUpdate();
                    held.run();
                }),
                () -> as(TestTokens.staff()).when().put("/api/centres/" + number + "/approvals/" + CatalogueStub.OPEN));

        second.then().statusCode(200).body("approvedQualifications", contains(CatalogueStub.OPEN));
    }

    @Test
    void refusesADuplicateOrMalformedCentre() {
        as(TestTokens.staff()).body(Map.of("centreNumber", CENTRE, "name", "Again")).when().post("/api/centres")
                .then().statusCode(409).body("type", equalTo("urn:awarding:problem:centre-exists"))
                .body("errors[0].field", equalTo("centreNumber"));
        as(TestTokens.staff()).body(Map.of("centreNumber", "cen 1", "name", "Lower")).when().post("/api/centres")
                .then().statusCode(400).body("errors.field", contains("centreNumber"));
        as(TestTokens.staff()).body(Map.of("centreNumber", "CEN999")).when().post("/api/centres")
                .then().statusCode(400).body("errors.field", contains("name"));
    }

    @Test
    void refusesApprovalForAQualificationTheCatalogueDoesNotKnowOrACentreThatDoesNotExist() {
        String number = newCentre();
        as(TestTokens.staff()).when().put("/api/centres/" + number + "/approvals/no-such-qualification")
                .then().statusCode(422).body("type", equalTo("urn:awarding:problem:unknown-qualification"))
                .body("errors[0].field", equalTo("qualificationId"));
        as(TestTokens.staff()).when().put("/api/centres/NOSUCH/approvals/" + CatalogueStub.OPEN)
                .then().statusCode(404).body("type", equalTo("urn:awarding:problem:centre-not-found"));
    }

    @Test
    void aCentreSeesOnlyItselfAndOnlyStaffChangeCentres() {
        as(TestTokens.centre(OTHER_CENTRE)).when().get("/api/centres/" + CENTRE).then().statusCode(404)
                .contentType("application/problem+json");
        as(TestTokens.staff()).when().get("/api/centres/" + OTHER_CENTRE).then().statusCode(200);
        as(TestTokens.centre(CENTRE)).body(Map.of("centreNumber", "NEWONE", "name", "Self-made"))
                .when().post("/api/centres").then().statusCode(403);
        as(TestTokens.centre(OTHER_CENTRE)).when().put("/api/centres/" + OTHER_CENTRE + "/approvals/" + CatalogueStub.ADULT)
                .then().statusCode(403);
        as(TestTokens.candidate("9276308686")).when().get("/api/centres/" + CENTRE).then().statusCode(403);
    }
}
