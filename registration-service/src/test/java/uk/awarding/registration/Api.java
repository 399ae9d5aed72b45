package uk.awarding.registration;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import uk.awarding.platform.testing.TestTokens;

/** Requests as clients send them, with real signed tokens; shared by the @QuarkusTest classes. */
public final class Api {

    public static final String CENTRE = "CEN001";
    public static final String OTHER_CENTRE = "CEN002";

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A valid registration of a new learner (aged 25) on cg-2794-02; tests change what they test. */
    public static Map<String, Object> learner(String uln) {
        Map<String, Object> body = new HashMap<>();
        body.put("uln", uln);
        body.put("givenName", "Amara");
        body.put("familyName", "Okafor");
        body.put("dateOfBirth", java.time.LocalDate.now().minusYears(25).toString());
        body.put("qualificationId", CatalogueStub.OPEN);
        return body;
    }

    public static ValidatableResponse register(String centre, Map<String, Object> body) {
        return as(TestTokens.centre(centre)).body(body).when().post("/api/registrations").then();
    }

    /** Registers a new learner at the centre and returns the registration's id. */
    public static String registered(String centre, String uln) {
        return register(centre, learner(uln)).statusCode(201).extract().path("id");
    }

    /** How many registrations awarding staff can see for the ULN: the database's truth, through the API. */
    public static int registrationsOf(String uln) {
        return as(TestTokens.staff()).queryParam("uln", uln).when().get("/api/registrations")
                .then().statusCode(200).extract().path("total");
    }

    /** A centre of its own, approved for cg-2794-02, for tests that count what a centre sees. */
    public static String newCentre() {
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        as(TestTokens.staff()).body(Map.of("centreNumber", number, "name", "Test centre " + number))
                .when().post("/api/centres").then().statusCode(201);
        as(TestTokens.staff()).when().put("/api/centres/" + number + "/approvals/" + CatalogueStub.OPEN)
                .then().statusCode(200);
        return number;
    }
}
