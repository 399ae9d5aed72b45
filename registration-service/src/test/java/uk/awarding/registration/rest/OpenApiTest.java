package uk.awarding.registration.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void documentsProblemAnswersOfRegistration() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/registrations'.post.responses.'503'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/registrations'.post.responses.'409'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/registrations/batch'.post.responses.'422'", notNullValue())
                .body("components.schemas.Problem.properties.type", notNullValue());
    }
}
