package uk.awarding.registration.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.awarding.registration.Api.CENTRE;
import static uk.awarding.registration.Api.OTHER_CENTRE;
import static uk.awarding.registration.Api.as;
import static uk.awarding.registration.Api.learner;
import static uk.awarding.registration.Api.newCentre;
import static uk.awarding.registration.Api.register;
import static uk.awarding.registration.Api.registered;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.TestTokens;
import uk.awarding.registration.CatalogueStub;
import uk.awarding.registration.TestUlns;

/** Tenant isolation, roles and listing. */
@QuarkusTest
class RegistrationAccessTest {

    @Test
    void otherCentresRegistrationsAnswer404() {
        String id = registered(CENTRE, TestUlns.random());
        as(TestTokens.centre(OTHER_CENTRE)).when().get("/api/registrations/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:awarding:problem:registration-not-found"));
        as(TestTokens.centre(OTHER_CENTRE)).when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(404);
        as(TestTokens.centre(OTHER_CENTRE)).body(Map.of("extraTimePercent", 50))
                .when().put("/api/registrations/" + id + "/access-arrangements").then().statusCode(404);
        as(TestTokens.centre(CENTRE)).when().get("/api/registrations/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void centreListsOnlyItsOwnRegistrations() {
        String centre = newCentre();
        String own = registered(centre, TestUlns.random());
        registered(OTHER_CENTRE, TestUlns.random());
        as(TestTokens.centre(centre)).when().get("/api/registrations").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(own))
                .body("items.centreNumber", everyItem(equalTo(centre)));
    }

    @Test
    void staffSeeEveryCentresRegistrations() {
        String uln = TestUlns.random();
        String atOne = registered(CENTRE, uln);
        as(TestTokens.staff()).when().post("/api/registrations/" + atOne + "/withdrawal").then().statusCode(200);
        String atOther = registered(OTHER_CENTRE, uln);
        as(TestTokens.staff()).queryParam("uln", uln).when().get("/api/registrations").then().statusCode(200)
                .body("items.id", contains(atOne, atOther));
        as(TestTokens.staff()).when().get("/api/registrations/" + atOther).then().statusCode(200);
    }

    @Test
    void candidateSeesOnlyTheirOwnRegistrations() {
        String uln = TestUlns.random();
        String own = registered(CENTRE, uln);
        String someoneElses = registered(CENTRE, TestUlns.random());
        String candidate = TestTokens.candidate(uln);
        as(candidate).when().get("/api/registrations").then().statusCode(200)
                .body("items.id", contains(own)).body("total", equalTo(1));
        as(candidate).queryParam("uln", "9276308686").when().get("/api/registrations").then().statusCode(200)
                .body("items", empty());
        as(candidate).when().get("/api/registrations/" + own).then().statusCode(200).body("uln", equalTo(uln));
        as(candidate).when().get("/api/registrations/" + someoneElses).then().statusCode(404);
    }

    @Test
    void candidatesAndServicesCannotChangeRegistrations() {
        String uln = TestUlns.random();
        String id = registered(CENTRE, uln);
        as(TestTokens.candidate(uln)).when().post("/api/registrations/" + id + "/withdrawal").then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.service("test-engine-service")).when().post("/api/registrations/" + id + "/withdrawal")
                .then().statusCode(403);
        as(TestTokens.candidate(uln)).body(Map.of("extraTimePercent", 100))
                .when().put("/api/registrations/" + id + "/access-arrangements").then().statusCode(403);
    }

    @Test
    void servicesReadAnyRegistrationButDoNotList() {
        String id = registered(OTHER_CENTRE, TestUlns.random());
        as(TestTokens.service("certification-service")).when().get("/api/registrations/" + id).then().statusCode(200)
                .body("centreNumber", equalTo(OTHER_CENTRE));
        as(TestTokens.service("certification-service")).when().get("/api/registrations").then().statusCode(403);
    }

    @Test
    void listsPageByPageInRegistrationOrderWithoutGapsOrRepeats() {
        String centre = newCentre();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(registered(centre, TestUlns.random()));
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(as(TestTokens.centre(centre)).queryParam("page", page).queryParam("size", 2)
                    .when().get("/api/registrations").then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(2)).body("total", equalTo(5))
                    .extract().<List<String>>path("items.id"));
        }
        assertEquals(ids, seen);
    }

    @Test
    void filtersByQualificationStatusAndUln() {
        String centre = newCentre();
        as(TestTokens.staff()).when().put("/api/centres/" + centre + "/approvals/" + CatalogueStub.OTHER_OPEN)
                .then().statusCode(200);
        String uln = TestUlns.random();
        String first = registered(centre, uln);
        Map<String, Object> other = learner(TestUlns.random());
        other.put("qualificationId", CatalogueStub.OTHER_OPEN);
        String second = register(centre, other).statusCode(201).extract().path("id");
        as(TestTokens.centre(centre)).when().post("/api/registrations/" + first + "/withdrawal").then().statusCode(200);

        as(TestTokens.centre(centre)).queryParam("qualificationId", CatalogueStub.OTHER_OPEN)
                .when().get("/api/registrations").then().body("items.id", contains(second));
        as(TestTokens.centre(centre)).queryParam("status", "WITHDRAWN")
                .when().get("/api/registrations").then().body("items.id", contains(first));
        as(TestTokens.centre(centre)).queryParam("status", "ACTIVE")
                .when().get("/api/registrations").then().body("items.id", contains(second));
        as(TestTokens.centre(centre)).queryParam("uln", uln)
                .when().get("/api/registrations").then().body("items.id", contains(first));
    }

    @Test
    void rejectsBadPagingAndFiltersNamingTheParameter() {
        String centre = TestTokens.centre(CENTRE);
        as(centre).queryParam("size", 101).when().get("/api/registrations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("size"));
        as(centre).queryParam("size", 0).when().get("/api/registrations").then().statusCode(400)
                .body("errors.field", contains("size"));
        as(centre).queryParam("page", -1).when().get("/api/registrations").then().statusCode(400)
                .body("errors.field", contains("page"));
        as(centre).queryParam("page", "two").when().get("/api/registrations").then().statusCode(400)
                .body("errors.field", contains("page"));
        as(centre).queryParam("status", "PENDING").when().get("/api/registrations").then().statusCode(400)
                .body("type", equalTo("urn:awarding:problem:validation-failed"))
                .body("errors.field", hasItem("status"));
    }

    @Test
    void defaultPageIsTheFirstTwenty() {
        as(TestTokens.staff()).when().get("/api/registrations").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).body("items.size()", lessThanOrEqualTo(20));
    }
}
