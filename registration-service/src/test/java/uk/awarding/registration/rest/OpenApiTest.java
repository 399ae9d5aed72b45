package uk.awarding.registration.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.awarding.platform.testing.ServiceOpenApiTest;

@QuarkusTest
class OpenApiTest extends ServiceOpenApiTest {

    @Test
    void documentsProblemAnswersOfRegistration() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/registrations'.post.responses.'503'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/registrations'.post.responses.'409'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/registrations/batch'.post.responses.'422'", notNullValue())
                .body("components.schemas.Problem.properties.type", notNullValue());
    }

    @Test
    void documentsTheBatchCsvFormatAndItsLimit() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/registrations/batch'.post.description", containsString("up to 500 learners"))
                .body("paths.'/api/registrations/batch'.post.description", containsString("UTF-8"))
                .body("paths.'/api/registrations/batch'.post.description", containsString("`extraTimePercent`"))
                .body("paths.'/api/registrations/batch'.post.requestBody.content.'text/csv'.examples", notNullValue());
    }
}
