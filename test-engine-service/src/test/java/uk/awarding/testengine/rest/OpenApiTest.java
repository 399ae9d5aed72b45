package uk.awarding.testengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import uk.awarding.platform.testing.ServiceOpenApiTest;

/**
 * The OpenAPI document is enough to integrate from (the shared checks), and every problem answer an operation documents
 * is documented as problem+json, whether or not it names the content.
 */
@QuarkusTest
class OpenApiTest extends ServiceOpenApiTest {

    private static final String PROBLEM = "content.'application/problem+json'.schema";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    /**
     * The server-rendered pages (candidate pages, invigilator and staff consoles) are for browsers, not for integrating
     * from: they answer HTML or a redirect after a form post, and the README lists their paths, forms and hooks.
     */
    @Override
    protected Map<String, String> exemptions() {
        if (pages == null) {
            pages = pages();
        }
        return pages;
    }

    private Map<String, String> pages;

    private static Map<String, String> pages() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Map<String, String> pages = new TreeMap<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                operations.keySet().stream().filter(METHODS::contains).forEach(method -> pages
                        .put(method.toUpperCase(Locale.ROOT) + " " + path, "a server-rendered page, not an API"));
            }
        });
        return pages;
    }

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
