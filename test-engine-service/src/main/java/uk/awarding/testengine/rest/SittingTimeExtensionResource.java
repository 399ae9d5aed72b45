package uk.awarding.testengine.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;
import uk.awarding.testengine.service.RunningSittingView;
import uk.awarding.testengine.service.SittingTimeExtensions;

/** Awarding staff give a running sitting more time for an access arrangement agreed after it started. */
@Path("/api/sittings/{id}/time-extensions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sittings", description = "Start, resume, answer, review and submit an online test")
public class SittingTimeExtensionResource {

    private final SittingTimeExtensions extensions;
    private final Caller caller;

    SittingTimeExtensionResource(SittingTimeExtensions extensions, Caller caller) {
        this.extensions = extensions;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Extend a running sitting's time for an access arrangement agreed late, with the reason", description = "The minutes move the deadline exactly as an invigilator's time addition does, in a test "
            + "session or not, and the extension is audited (action TIME_EXTENDED, with the staff member's name and "
            + "the reason) in the same transaction; in a session it also appears in the session's audit and incident "
            + "report.")
    @APIResponse(responseCode = "200", description = "The sitting's clock after the extension", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunningSittingView.class), examples = @ExampleObject(name = "extended by 15 minutes", value = """
            {"id": "0f8b6a52-93c4-4d0e-9a7b-2c1d5e6f7a81", "registrationId": "9c2e4b1a-7d3f-4e5a-8b6c-1a2b3c4d5e6f",
             "uln": "9276308686", "unit": "2794-210", "sessionId": "5b0e7f5c-2b7e-4a61-9f3e-1d2c3b4a5e6f",
             "status": "OPEN", "startedAt": "2026-12-07T09:05:00Z", "deadline": "2026-12-07T10:35:00Z",
             "durationMinutes": 60, "extraTimePercent": 25, "addedMinutes": 15, "paused": false,
             "remainingSeconds": 4320}""")))
    @APIResponse(responseCode = "400", description = "validation-failed (minutes 1-120, reason required; every field "
            + "named) or malformed-body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not awarding staff")
    @APIResponse(responseCode = "404", description = "sitting-not-found")
    @APIResponse(responseCode = "409", description = "sitting-not-running (submitted, expired, ended, or its time ran out)")
    public RunningSittingView extend(@PathParam("id") String id, @Valid @NotNull TimeExtensionRequest request) {
        return extensions.extend(caller.name(), id, request.minutes(), request.reason());
    }
}
