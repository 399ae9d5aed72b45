package uk.awarding.certification.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.certification.service.Claims;
import uk.awarding.platform.problem.Problem;

@Path("/api/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token (unauthenticated)", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed (forbidden)", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClaimResource {

    private final Claims claims;
    private final Callers callers;

    ClaimResource(Claims claims, Callers callers) {
        this.claims = claims;
        this.callers = callers;
    }

    /**
     * 201 with the certificate; 200 with the same certificate when the first claim's Idempotency-Key is sent
     * again; 409 already-claimed otherwise; 422 with shortfalls when the rules of combination are not met.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRE)
    @APIResponse(responseCode = "400", description = "validation-failed, malformed-body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "registration-not-found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "already-claimed (with certificateNumber)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "rules-of-combination-not-met, no-units-achieved (with shortfalls)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "registration-unavailable, catalogue-unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response claim(@NotNull @Valid ClaimRequest request,
            @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey) {
        var issued = claims.claim(request.registrationId(), Boolean.TRUE.equals(request.unitCertificate()),
                idempotencyKey, callers.current());
        URI location = URI.create("/api/certificates/" + issued.certificate().number());
        return issued.created() ? Response.created(location).entity(issued.certificate()).build()
                : Response.ok(issued.certificate()).location(location).build();
    }
}
