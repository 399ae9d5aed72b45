package uk.awarding.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

import uk.awarding.platform.problem.Problem;

class ProblemResponsesTest {

    private final Content pdf = OASFactory.createContent().addMediaType("application/pdf", OASFactory.createMediaType());

    @Test
    void errorResponsesWithoutContentBecomeProblems() {
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok"))
                .addAPIResponse("404", OASFactory.createAPIResponse().description("item-not-found"))
                .addAPIResponse("503", OASFactory.createAPIResponse().description("database-unavailable"))
                .addAPIResponse("415", OASFactory.createAPIResponse().description("own content").content(pdf));
        OpenAPI openAPI = openApiWith(responses);

        new ProblemResponses().filterOpenAPI(openAPI);

        assertNull(responses.getAPIResponse("200").getContent(), "a success answer is left alone");
        for (String status : new String[] { "404", "503" }) {
            var schema = responses.getAPIResponse(status).getContent().getMediaType(Problem.MEDIA_TYPE).getSchema();
            assertEquals("#/components/schemas/Problem", schema.getRef(), status);
        }
        assertSame(pdf, responses.getAPIResponse("415").getContent(), "content a resource documents is kept");
        var problem = openAPI.getComponents().getSchemas().get("Problem");
        assertTrue(problem.getProperties().keySet().containsAll(java.util.List.of("type", "title", "status", "detail")));
    }

    @Test
    void noProblemSchemaWhenNothingUsesIt() {
        OpenAPI openAPI = openApiWith(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")));

        new ProblemResponses().filterOpenAPI(openAPI);

        assertNull(openAPI.getComponents());
    }

    @Test
    void onlyThreeDigitFourAndFiveHundredsAreErrors() {
        assertTrue(ProblemResponses.isError("400"));
        assertTrue(ProblemResponses.isError("599"));
        assertTrue(
                !ProblemResponses.isError("399") && !ProblemResponses.isError("default") && !ProblemResponses.isError("4XX0"));
    }

    private static OpenAPI openApiWith(APIResponses responses) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/items/{itemCode}",
                OASFactory.createPathItem().GET(OASFactory.createOperation().responses(responses))));
    }
}
