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

    public record CentreRequest(
            @NotBlank @Pattern(regexp = "[A-Z0-9]{3,16}", message = "must be 3 to 16 capital letters or digits") String centreNumber,
            @NotBlank @Size(max = 200) String name) {
    }

    public record CentreView(String centreNumber, String name, Set<String> approvedQualifications) {

        static CentreView from(Centre centre) {
            return new CentreView(centre.centreNumber(), centre.name(), centre.approvedQualifications());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    public Response create(@NotNull @Valid CentreRequest request, @Context UriInfo uri) {
        Centre centre = centres.create(request.centreNumber(), request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(centre.centreNumber()).build())
                .entity(CentreView.from(centre)).build();
    }

    @PUT
    @Path("/{centreNumber}/approvals/{qualificationId}")
    @RolesAllowed(Roles.STAFF)
    public CentreView approve(@PathParam("centreNumber") String centreNumber,
            @PathParam("qualificationId") String qualificationId) {
        return CentreView.from(centres.approve(centreNumber, qualificationId));
    }

    @GET
    @Path("/{centreNumber}")
    @RolesAllowed({ Roles.STAFF, Roles.CENTRE })
    public CentreView get(@PathParam("centreNumber") String centreNumber) {
        return CentreView.from(centres.visible(centreNumber));
    }
}
