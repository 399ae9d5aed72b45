package uk.awarding.registration.rest;

import java.io.UncheckedIOException;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Roles;
import uk.awarding.registration.domain.AuditEvent;
import uk.awarding.registration.service.AuditLog;

@Path("/api/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every change to centres and registrations: who, when, what")
public class AuditEventResource {

    private final AuditLog audit;
    private final ObjectMapper json;

    public AuditEventResource(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    /** {@code actor} is the token's subject; {@code actorCentre} the centre it acted for, if any. */
    public record AuditEventView(String id, Instant occurredAt, String actor, String actorCentre, String action,
            String entityType, String entityId, JsonNode change) {
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    public ResultPage<AuditEventView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("entityId") String entityId) {
        Paging paging = Paging.of(page, size);
        return audit.page(entityId, paging.page(), paging.size()).map(this::view);
    }

    private AuditEventView view(AuditEvent event) {
        try {
            return new AuditEventView(event.id(), event.occurredAt(), event.actor(), event.actorCentre(), event.action(),
                    event.entityType(), event.entityId(), json.readTree(event.detail()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
