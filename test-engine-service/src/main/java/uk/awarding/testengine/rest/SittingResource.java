package uk.awarding.testengine.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;
import uk.awarding.testengine.domain.Marking;
import uk.awarding.testengine.service.ResponseView;
import uk.awarding.testengine.service.ReviewView;
import uk.awarding.testengine.service.SittingMarking;
import uk.awarding.testengine.service.SittingService;
import uk.awarding.testengine.service.SittingStart;
import uk.awarding.testengine.service.SittingView;

/** A candidate's sittings; the candidate is the token's {@code uln} claim. A marked sitting's result also answers services. */
@Path("/api/sittings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sittings", description = "Start, resume, answer, review and submit an online test")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not a candidate (for a unit result: not a service)")
@APIResponse(responseCode = "404", description = "sitting-not-found (also for another candidate's sitting)")
public class SittingResource {

    private final SittingStart start;
    private final SittingService sittings;
    private final Caller caller;

    SittingResource(SittingStart start, SittingService sittings, Caller caller) {
        this.start = start;
        this.sittings = sittings;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Start a sitting: checks the registration and unit, draws the form, sets the deadline")
    @APIResponse(responseCode = "201", description = "The new sitting with its questions", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SittingView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed or malformed-body")
    @APIResponse(responseCode = "403", description = "keycode-wrong (not the test session's keycode)")
    @APIResponse(responseCode = "409", description = "sitting-already-open; by the unit's resit policy: already-passed, "
            + "attempts-exhausted, resit-too-soon (with notBefore; all three with attemptsUsed and attemptsAllowed); "
            + "no-open-session (an invigilated unit, and no open session booked), outside-start-window, session-paused, "
            + "test-ended-in-session")
    @APIResponse(responseCode = "422", description = "registration-not-active, unit-not-in-qualification, "
            + "unit-not-tested-online, keycode-required")
    @APIResponse(responseCode = "503", description = "registration-unavailable, catalogue-unavailable, item-bank-insufficient")
    public Uni<Response> start(@Valid @NotNull StartSittingRequest request) {
        return start.start(caller.requireUln(), request.registrationId(), request.unit(), request.keycode())
                .map(sitting -> Response
                        .created(URI.create("/api/sittings/" + sitting.id())).entity(sitting).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Resume a sitting: questions, stored responses and the time left by the server's clock")
    @APIResponse(responseCode = "200", description = "The sitting")
    public SittingView resume(@PathParam("id") String id) {
        return sittings.resume(caller.requireUln(), id);
    }

    @PUT
    @Path("{id}/responses/{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Save an answer at once; a save older than the last one accepted returns what is stored")
    @APIResponse(responseCode = "200", description = "What is stored for the question")
    @APIResponse(responseCode = "400", description = "validation-failed or malformed-body")
    @APIResponse(responseCode = "409", description = "sitting-closed, sitting-paused (by the invigilator: nothing saved)")
    public ResponseView save(@PathParam("id") String id, @PathParam("position") int position,
            @Valid @NotNull SaveResponseRequest request) {
        return sittings.save(caller.requireUln(), id, position, request.optionId(), request.flagged(),
                request.sequence());
    }

    @GET
    @Path("{id}/review")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Unanswered and flagged questions, before submitting")
    @APIResponse(responseCode = "200", description = "The review")
    public ReviewView review(@PathParam("id") String id) {
        return sittings.review(caller.requireUln(), id);
    }

    @GET
    @Path("{id}/unit-result")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "A marked sitting's unit result, for certification-service to check a delivered result against")
    @APIResponse(responseCode = "200", description = "The unit result, exactly as delivered to certification-service")
    public SittingMarking.UnitResult unitResult(@PathParam("id") String id) {
        return sittings.unitResult(id).orElseThrow(() -> ProblemException.notFound("sitting-not-found",
                "No such sitting", "There is no marked sitting " + id + "."));
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Submit and mark the sitting; submitting again returns the same result")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(responseCode = "409", description = "sitting-paused")
    public Marking.Result submit(@PathParam("id") String id) {
        return sittings.submit(caller.requireUln(), id);
    }
}
