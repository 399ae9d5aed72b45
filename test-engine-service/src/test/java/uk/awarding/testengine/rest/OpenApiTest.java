package uk.awarding.testengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every problem answer an operation documents is documented as problem+json, whether or not it names the content. */
@QuarkusTest
class OpenApiTest {

    private static final String PROBLEM = "content.'application/problem+json'.schema";

    @Test
    void documentsProblemAnswersOfTheSittingsAndTheItemBank() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/sittings'.post.responses.'401'." + PROBLEM, notNullValue())
                .body("paths.'/api/sittings'.post.responses.'404'." + PROBLEM, notNullValue())
                .body("paths.'/api/sittings'.post.responses.'422'." + PROBLEM, notNullValue())
                .body("paths.'/api/sittings'.post.responses.'503'." + PROBLEM, notNullValue())
                .body("paths.'/api/sittings/{id}/responses/{position}'.put.responses.'409'." + PROBLEM, notNullValue())
                .body("paths.'/api/items/{itemCode}'.get.responses.'404'." + PROBLEM, notNullValue())
                .body("paths.'/api/item-banks/package'.post.responses.'413'." + PROBLEM, notNullValue())
                .body("components.schemas.Problem.properties.type", notNullValue());
    }

    @Test
    void keepsTheContentAResponseDocumentsItself() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/item-banks/package'.post.responses.'422'.content.'application/problem+json'.examples",
                        notNullValue());
    }
}
