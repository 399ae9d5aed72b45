package uk.awarding.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import uk.awarding.platform.problem.Problem;

/**
 * Every 4xx and 5xx answer of every service is an RFC 9457 problem, so every such response an operation documents
 * gets the {@code application/problem+json} content with the shared {@code Problem} schema. Resources then name
 * only the status and the problem types ({@code @APIResponse(responseCode = "404", description = "item-not-found")});
 * a response that documents content of its own keeps it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA_NAME = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                    if (isError(response.getKey()) && response.getValue().getContent() == null) {
                        response.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema()
                                        .ref("#/components/schemas/" + SCHEMA_NAME))));
                        used = true;
                    }
                }
            }
        }
        if (used) {
            Components components = openAPI.getComponents();
            if (components == null) {
                components = OASFactory.createComponents();
                openAPI.setComponents(components);
            }
            if (components.getSchemas() == null || !components.getSchemas().containsKey(SCHEMA_NAME)) {
                components.addSchema(SCHEMA_NAME, problemSchema());
            }
        }
    }

    static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    /** RFC 9457 section 3: the standard members; extension members such as {@code errors} sit beside them. */
    static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem. Extension members (errors, shortfalls, ...) may sit beside these.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("A stable URN naming the problem", "urn:awarding:problem:item-not-found"))
                .addProperty("title", string("A short summary of the problem type", "No such item"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).examples(List.of(404)))
                .addProperty("detail", string("What went wrong this time", "There is no item 210-1-099."))
                .addProperty("instance", string("The request path", "/api/items/210-1-099"))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).examples(List.of(example));
    }
}
