package uk.awarding.registration.rest;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.platform.security.Roles;
import uk.awarding.registration.domain.Centre;
import uk.awarding.registration.service.Centres;

@Path("/api/centres")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Centres", description = "Centres and the qualifications they are approved to offer")
public class CentreResource {

    private final Centres centres;

    public CentreResource(Centres centres) {
        this.centres = centres;
    }

    @Schema(description = "A centre the awarding organisation recognises")
    public record CentreRequest(
            @Schema(description = "The centre number: 3 to 16 capital letters or digits", examples = "CEN014") @NotBlank @Pattern(regexp = "[A-Z0-9]{3,16}", message = "must be 3 to 16 capital letters or digits") String centreNumber,
            @Schema(description = "The centre's name", examples = "Harbourside Adult Learning Centre") @NotBlank @Size(max = 200) String name) {
    }

    @Schema(description = "A centre with the qualifications it is approved to offer")
    public record CentreView(
            @Schema(examples = "CEN001") String centreNumber,
            @Schema(examples = "Northgate College") String name,
            @Schema(description = "Ids of the qualifications the centre may register learners on") Set<String> approvedQualifications) {

        static CentreView from(Centre centre) {
            return new CentreView(centre.centreNumber(), centre.name(), centre.approvedQualifications());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Recognise a new centre")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CentreRequest.class), examples = @ExampleObject(name = "centre", value = OpenApiExamples.CENTRE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recognised, with no approvals yet; Location names the centre", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CentreView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed, malformed-body")
    @APIResponse(responseCode = "409", description = "centre-exists")
    public Response create(@NotNull @Valid CentreRequest request, @Context UriInfo uri) {
        Centre centre = centres.create(request.centreNumber(), request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(centre.centreNumber()).build())
                .entity(CentreView.from(centre)).build();
    }

    @PUT
    @Path("/{centreNumber}/approvals/{qualificationId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Approve a centre to offer a qualification", description = "Approving twice changes nothing.")
    @APIResponse(responseCode = "200", description = "The centre with its approvals", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CentreView.class), examples = @ExampleObject(name = "approved", value = OpenApiExamples.CENTRE)))
    @APIResponse(responseCode = "404", description = "centre-not-found")
    @APIResponse(responseCode = "422", description = "unknown-qualification")
    @APIResponse(responseCode = "503", description = "catalogue-unavailable")
    public CentreView approve(@Parameter(example = "CEN001") @PathParam("centreNumber") String centreNumber,
            @Parameter(example = "cg-2794-02") @PathParam("qualificationId") String qualificationId) {
        return CentreView.from(centres.approve(centreNumber, qualificationId));
    }

    @GET
    @Path("/{centreNumber}")
    @RolesAllowed({ Roles.STAFF, Roles.CENTRE })
    @Operation(summary = "Read a centre and its approvals", description = "A centre may read only itself.")
    @APIResponse(responseCode = "200", description = "The centre with its approvals", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CentreView.class), examples = @ExampleObject(name = "centre", value = OpenApiExamples.CENTRE)))
    @APIResponse(responseCode = "404", description = "centre-not-found (also for a centre the caller may not see)")
    public CentreView get(@PathParam("centreNumber") String centreNumber) {
        return CentreView.from(centres.visible(centreNumber));
    }
}
