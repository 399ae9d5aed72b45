package uk.awarding.catalogue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.catalogue.domain.Unit;
import uk.awarding.catalogue.service.CatalogueEditing;
import uk.awarding.catalogue.service.CatalogueQueries;
import uk.awarding.catalogue.service.UnitResponse;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;

/**
 * Units by unit id: the unit reference ({@code L/506/2150}, slashes allowed raw or encoded) or the AO unit code
 * ({@code 2794-210}).
 */
@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Units with learning outcomes, assessment criteria and test specifications")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "404", description = "unit-not-found")
@APIResponse(responseCode = "409", description = "ambiguous-unit-code (candidates listed)")
public class UnitResource {

    private final CatalogueQueries queries;
    private final CatalogueEditing editing;
    private final Caller caller;

    UnitResource(CatalogueQueries queries, CatalogueEditing editing, Caller caller) {
        this.queries = queries;
        this.editing = editing;
        this.caller = caller;
    }

    @GET
    @Path("{unitId: .+}")
    @RolesAllowed({ Roles.CANDIDATE, Roles.CENTRE, Roles.STAFF, Roles.SERVICE })
    @Operation(summary = "A unit with its learning outcomes, assessment criteria and the qualifications it belongs to")
    @APIResponse(responseCode = "200", description = "The unit")
    public UnitResponse get(@PathParam("unitId") String unitId) {
        Unit unit = queries.unit(unitId);
        return UnitResponse.from(unit, queries.qualificationIdsContaining(unit));
    }

    @GET
    @Path("{unitId: .+}/test-specification")
    @RolesAllowed({ Roles.CANDIDATE, Roles.CENTRE, Roles.STAFF, Roles.SERVICE })
    @Operation(summary = "How an online-tested unit is examined: duration, questions, pass mark and blueprint")
    @APIResponse(responseCode = "200", description = "The test specification")
    public TestSpecificationResponse testSpecification(@PathParam("unitId") String unitId) {
        Unit unit = queries.unit(unitId);
        return queries.testSpecificationOf(unit)
                .map(spec -> TestSpecificationResponse.from(unit, spec))
                .orElseThrow(() -> ProblemException.notFound("test-specification-not-found", "No test specification",
                        "Unit " + unit.unitId() + " is not assessed by an online test."));
    }

    @PUT
    @Path("{unitId: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Replace the description of a unit")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitChangeRequest.class), examples = @ExampleObject(name = "unit 2794-210", value = OpenApiExamples.UNIT_CHANGE)))
    @APIResponse(responseCode = "200", description = "The amended unit")
    @APIResponse(responseCode = "400", description = "validation-failed or malformed-body")
    @APIResponse(responseCode = "403", description = "forbidden")
    public UnitResponse amend(@PathParam("unitId") String unitId, @Valid @NotNull UnitChangeRequest change) {
        String amended = editing.amendUnit(unitId, change.version(), change.change(), caller.name());
        return get(amended);
    }
}
