package uk.awarding.registration.rest;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Roles;
import uk.awarding.registration.domain.AuditEvent;
import uk.awarding.registration.service.AuditLog;

@Path("/api/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every change to centres and registrations: who, when, what")
public class AuditEventResource {

    private static final TypeReference<Map<String, Object>> CHANGE = new TypeReference<>() {
    };

    private final AuditLog audit;
    private final ObjectMapper json;

    public AuditEventResource(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** {@code actor} is the token's subject; {@code actorCentre} the centre it acted for, if any. */
    @Schema(description = "One change or refusal: who, when, what")
    public record AuditEventView(String id, Instant occurredAt,
            @Schema(examples = "centre-api-client") String actor,
            @Schema(examples = "CEN001") String actorCentre,
            @Schema(description = "REGISTERED, WITHDRAWN, ACCESS_ARRANGEMENTS_CHANGED, CENTRE_CREATED, CENTRE_APPROVED, BATCH_REFUSED", examples = "REGISTERED") String action,
            @Schema(description = "registration, centre or batch", examples = "registration") String entityType,
            @Schema(examples = "5f0c6b1e-8d3a-4c2e-9b7a-2f4d6e8a1c3b") String entityId,
            @Schema(description = "The change as the action records it") Map<String, Object> change) {
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Read the audit trail, oldest first")
    @APIResponse(responseCode = "200", description = "A page of audit events")
    @APIResponse(responseCode = "400", description = "validation-failed (page, size)")
    public ResultPage<AuditEventView> list(
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") String size,
            @Parameter(description = "Only the events of this registration, centre or batch", example = "CEN001") @QueryParam("entityId") String entityId) {
        Paging paging = Paging.of(page, size);
        return audit.page(entityId, paging.page(), paging.size()).map(this::view);
    }

    private AuditEventView view(AuditEvent event) {
        try {
            return new AuditEventView(event.id(), event.occurredAt(), event.actor(), event.actorCentre(), event.action(),
                    event.entityType(), event.entityId(), json.readValue(event.detail(), CHANGE));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
