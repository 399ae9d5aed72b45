package uk.awarding.certification.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.certification.service.AuditLog;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Roles;

@Path("/api/audit-events")
@Tag(name = "Audit log")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token (unauthenticated)")
@APIResponse(responseCode = "403", description = "Role not allowed (forbidden)")
public class AuditEventResource {

    private final AuditLog audit;

    AuditEventResource(AuditLog audit) {
        this.audit = audit;
    }

    /** Newest first; {@code subject} narrows to one certificate number or unit result id. */
    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Read the audit log, newest first: issues, replacements, revocations and corrections")
    @APIResponse(responseCode = "200", description = "One page of audit events {items, page, size, total}", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEventPage.class), examples = @ExampleObject(name = "issued", value = ApiExamples.AUDIT_PAGE)))
    @APIResponse(responseCode = "400", description = "validation-failed")
    public ResultPage<AuditEventResponse> list(@QueryParam("subject") @Size(max = 64) String subject,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return audit.page(subject, page, size).map(AuditEventResponse::from);
    }

    /** {@code ResultPage<AuditEventResponse>} for the API document, which cannot name a generic type. */
    @Schema(name = "AuditEventPage")
    record AuditEventPage(List<AuditEventResponse> items, int page, int size, long total) {
    }
}
