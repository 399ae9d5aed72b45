package uk.awarding.certification.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document is enough to integrate from: every operation has a summary and a described success answer with
 * a schema, and every JSON request and success answer a realistic example.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void everyOperationHasASummaryADescribedSuccessWithASchemaAndExamples() throws Exception {
        List<String> gaps = new ArrayList<>();
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String name = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = method.getValue();
            if (operation.path("summary").asText().isBlank()) {
                gaps.add(name + ": no summary");
            }
            List<String> successes = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    successes.add(code);
                }
            });
            if (successes.isEmpty()) {
                gaps.add(name + ": no 2xx response");
            }
            for (String code : successes) {
                JsonNode response = operation.path("responses").path(code);
                if (response.path("description").asText().isBlank()) {
                    gaps.add(name + " " + code + ": no description");
                }
                if (response.path("content").isEmpty()) {
                    gaps.add(name + " " + code + ": no content");
                }
                checkContent(name + " " + code, response.path("content"), gaps);
            }
            checkContent(name + " request", operation.path("requestBody").path("content"), gaps);
        }));
        assertEquals(List.of(), gaps);
    }

    @Test
    void aUnitResultRequestDocumentsEveryFieldEachCallerMustSend() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");
        assertEquals(Set.of("registrationId", "unit", "assessor", "internalQualityAssurer", "outcome", "achievedOn"),
                names(schemas.path("PortfolioUnitResultRequest").path("required")));
        assertEquals(Set.of("registrationId", "unit", "sittingId", "score", "passMark", "achievedOn"),
                names(schemas.path("SittingUnitResultRequest").path("required")));
    }

    private static void checkContent(String where, JsonNode content, List<String> gaps) {
        content.fields().forEachRemaining(media -> {
            if (media.getValue().path("schema").isEmpty()) {
                gaps.add(where + " " + media.getKey() + ": no schema");
            }
            boolean examples = !media.getValue().path("examples").isEmpty() || media.getValue().has("example");
            if (media.getKey().contains("json") && !examples) {
                gaps.add(where + " " + media.getKey() + ": no example");
            }
        });
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
