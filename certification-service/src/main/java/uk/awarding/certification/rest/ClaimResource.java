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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.certification.service.CertificateView;
import uk.awarding.certification.service.Claims;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;

@Path("/api/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token (unauthenticated)")
@APIResponse(responseCode = "403", description = "forbidden (role not allowed), centre-claim-missing")
public class ClaimResource {

    private final Claims claims;
    private final Caller caller;

    private final PublicLinks links;

    ClaimResource(Claims claims, Caller caller, PublicLinks links) {
        this.claims = claims;
        this.caller = caller;
        this.links = links;
    }

    /**
     * 201 with the certificate; 200 with the same certificate when the first claim's Idempotency-Key is sent
     * again; 409 already-claimed otherwise; 422 with shortfalls when the rules of combination are not met.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRE)
    @Operation(summary = "Claim a certificate for a registration: checks the rules of combination and issues it")
    @APIResponse(responseCode = "201", description = "The certificate issued; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class), examples = @ExampleObject(name = "full", value = ApiExamples.CERTIFICATE)))
    @APIResponse(responseCode = "200", description = "The first claim's Idempotency-Key again: the certificate it issued", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class), examples = @ExampleObject(name = "full", value = ApiExamples.CERTIFICATE)))
    @APIResponse(responseCode = "400", description = "validation-failed, malformed-body")
    @APIResponse(responseCode = "404", description = "registration-not-found")
    @APIResponse(responseCode = "409", description = "already-claimed (with certificateNumber)")
    @APIResponse(responseCode = "422", description = "rules-of-combination-not-met, no-units-achieved (with shortfalls)")
    @APIResponse(responseCode = "503", description = "registration-unavailable, catalogue-unavailable")
    public Response claim(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimRequest.class), examples = @ExampleObject(name = "full", value = ApiExamples.CLAIM_REQUEST))) @NotNull @Valid ClaimRequest request,
            @HeaderParam("Idempotency-Key") @Size(max = 100) String idempotencyKey) {
        var issued = claims.claim(request.registrationId(), Boolean.TRUE.equals(request.unitCertificate()),
                idempotencyKey, caller.checked());
        URI location = links.to("/api/certificates/" + issued.certificate().number());
        return issued.created() ? Response.created(location).entity(issued.certificate()).build()
                : Response.ok(issued.certificate()).location(location).build();
    }
}
