package uk.awarding.testengine.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;
import uk.awarding.testengine.service.BookingView;
import uk.awarding.testengine.service.IncidentReport;
import uk.awarding.testengine.service.RoomView;
import uk.awarding.testengine.service.SessionActor;
import uk.awarding.testengine.service.SessionEventView;
import uk.awarding.testengine.service.TestSessionPlanning;
import uk.awarding.testengine.service.TestSessionService;
import uk.awarding.testengine.service.TestSessionView;

/**
 * Test sessions: the centre schedules and books, the invigilator runs the room. Centres and invigilators reach only
 * their own centre's sessions (the token's {@code centre_number}); another centre's is answered as missing. Awarding
 * staff read every session's audit and incident report.
 */
@Path("/api/test-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Test sessions", description = "Schedule invigilated sessions, book candidates, run the room")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Wrong role, or centre-claim-missing")
@APIResponse(responseCode = "404", description = "test-session-not-found (also another centre's session)")
public class TestSessionResource {

    static final String SESSION_EXAMPLE = """
            {"id": "5b0e7f5c-2b7e-4a61-9f3e-1d2c3b4a5e6f", "centreNumber": "CEN001", "unit": "2794-210",
             "date": "2026-12-07", "startsFrom": "2026-12-07T09:00:00Z", "startsUntil": "2026-12-07T09:30:00Z",
             "location": "Room 4, Riverside campus", "invigilators": ["invigilator"], "keycodeRequired": true,
             "keycode": "K7P2QX", "status": "OPEN", "paused": false, "pausedBy": null, "pausedAt": null, "booked": 2}""";

    private final TestSessionPlanning planning;
    private final TestSessionService sessions;
    private final Caller caller;
    private final Clock clock;

    TestSessionResource(TestSessionPlanning planning, TestSessionService sessions, Caller caller, Clock clock) {
        this.planning = planning;
        this.sessions = sessions;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRE)
    @Operation(summary = "Schedule a test session of a unit for the caller's centre: date, start window, place, invigilators")
    @APIResponse(responseCode = "201", description = "The scheduled session", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestSessionView.class), examples = @ExampleObject(name = "scheduled", value = """
            {"id": "5b0e7f5c-2b7e-4a61-9f3e-1d2c3b4a5e6f", "centreNumber": "CEN001", "unit": "2794-210",
             "date": "2026-12-07", "startsFrom": "2026-12-07T09:00:00Z", "startsUntil": "2026-12-07T09:30:00Z",
             "location": "Room 4, Riverside campus", "invigilators": ["invigilator"], "keycodeRequired": true,
             "keycode": null, "status": "SCHEDULED", "paused": false, "booked": 0}""")))
    @APIResponse(responseCode = "400", description = "validation-failed (every invalid field; a date in the past "
            + "or over a year ahead, startUntil not after startFrom) or malformed-body")
    @APIResponse(responseCode = "404", description = "unit-not-found")
    @APIResponse(responseCode = "422", description = "unit-not-tested-online")
    @APIResponse(responseCode = "503", description = "catalogue-unavailable")
    public Uni<Response> schedule(@Valid @NotNull ScheduleSessionRequest request) {
        SessionActor actor = actor();
        List<FieldError> errors = new java.util.ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), TestSessionService.UK);
        if (request.date().isBefore(today)) {
            errors.add(new FieldError("date", "must not be in the past"));
        } else if (request.date().isAfter(today.plusYears(1))) {
            errors.add(new FieldError("date", "must be within a year from today"));
        }
        if (!request.startUntil().isAfter(request.startFrom())) {
            errors.add(new FieldError("startUntil", "must be after startFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("validation-failed", "The request is not valid",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are not valid")
                    .with("errors", errors);
        }
        return planning.schedule(actor, request.unit(), request.date(), request.startFrom(), request.startUntil(),
                request.location(), request.invigilators(), request.keycodeRequired())
                .map(session -> Response.created(URI.create("/api/test-sessions/" + session.id())).entity(session)
                        .build());
    }

    @GET
    @RolesAllowed({ Roles.CENTRE, Roles.INVIGILATOR })
    @Operation(summary = "The caller's centre's test sessions, latest first")
    @APIResponse(responseCode = "200", description = "{items, page, size, total}")
    public ResultPage<TestSessionView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return sessions.list(actor(), page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CENTRE, Roles.INVIGILATOR })
    @Operation(summary = "One session, with its keycode once open (shown to the centre and its invigilators only)")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestSessionView.class), examples = @ExampleObject(name = "open", value = SESSION_EXAMPLE)))
    public TestSessionView get(@PathParam("id") String id) {
        return sessions.view(actor(), id);
    }

    @POST
    @Path("{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRE)
    @Operation(summary = "Book one of the centre's active registrations on the session; its access arrangements apply")
    @APIResponse(responseCode = "201", description = "The booking", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class), examples = @ExampleObject(name = "booked", value = """
            {"sessionId": "5b0e7f5c-2b7e-4a61-9f3e-1d2c3b4a5e6f",
             "registrationId": "0b6f3c4e-8d0a-4e7b-9a57-2f1f0c3d9e21", "uln": "9276308686",
             "candidateName": "Amara Okafor", "extraTimePercent": 25, "bookedBy": "centre",
             "bookedAt": "2026-12-01T14:02:11Z"}""")))
    @APIResponse(responseCode = "400", description = "validation-failed or malformed-body")
    @APIResponse(responseCode = "409", description = "already-booked, test-session-closed")
    @APIResponse(responseCode = "422", description = "registration-not-active, unit-not-in-qualification")
    @APIResponse(responseCode = "503", description = "registration-unavailable, catalogue-unavailable")
    public Uni<Response> book(@PathParam("id") String id, @Valid @NotNull BookingRequest request) {
        return planning.book(actor(), id, request.registrationId())
                .map(booking -> Response.created(URI.create("/api/test-sessions/" + id + "/candidates/"
                        + booking.registrationId())).entity(booking).build());
    }

    @GET
    @Path("{id}/candidates")
    @RolesAllowed({ Roles.CENTRE, Roles.INVIGILATOR })
    @Operation(summary = "The room: each booked candidate's state, time left and answered count (never answers or scores)")
    @APIResponse(responseCode = "200", description = "The room", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomView.class), examples = @ExampleObject(name = "one paused", value = """
            {"session": {"id": "5b0e7f5c-2b7e-4a61-9f3e-1d2c3b4a5e6f", "status": "OPEN", "paused": false},
             "at": "2026-12-07T09:41:00Z",
             "candidates": [{"registrationId": "0b6f3c4e-8d0a-4e7b-9a57-2f1f0c3d9e21", "uln": "9276308686",
              "candidateName": "Amara Okafor", "state": "PAUSED", "sittingId": "7c1d...", "extraTimePercent": 25,
              "addedMinutes": 5, "pausedSeconds": 240, "remainingSeconds": 2874,
              "deadline": "2026-12-07T10:29:00Z", "answered": 9, "questionCount": 25,
              "pausedBy": "invigilator"}]}""")))
    public RoomView room(@PathParam("id") String id) {
        return sessions.room(actor(), id);
    }

    @POST
    @Path("{id}/opening")
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Open the session: candidates may start, with the keycode it issues now")
    @APIResponse(responseCode = "200", description = "The open session with its keycode", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestSessionView.class), examples = @ExampleObject(name = "open", value = SESSION_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "test-session-closed")
    @APIResponse(responseCode = "503", description = "catalogue-unavailable: the unit cannot be taken for the session's starts")
    public Uni<TestSessionView> open(@PathParam("id") String id) {
        return planning.open(actor(), id);
    }

    @POST
    @Path("{id}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Pause the whole room: every running test stops its clock and takes no answer; no start meanwhile")
    @APIResponse(responseCode = "200", description = "The room")
    @APIResponse(responseCode = "409", description = "test-session-not-open, test-session-closed")
    public RoomView pauseRoom(@PathParam("id") String id, @Valid SessionActionRequest request) {
        sessions.pauseRoom(actor(), id, reason(request));
        return sessions.room(actor(), id);
    }

    @POST
    @Path("{id}/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Resume the room: every paused test runs again, its deadline moved by its pause")
    @APIResponse(responseCode = "200", description = "The room")
    @APIResponse(responseCode = "409", description = "test-session-not-open, test-session-closed")
    public RoomView resumeRoom(@PathParam("id") String id, @Valid SessionActionRequest request) {
        sessions.resumeRoom(actor(), id, reason(request));
        return sessions.room(actor(), id);
    }

    @POST
    @Path("{id}/candidates/{registrationId}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Pause one candidate's test")
    @APIResponse(responseCode = "200", description = "The room")
    @APIResponse(responseCode = "404", description = "booking-not-found")
    @APIResponse(responseCode = "409", description = "candidate-test-not-running, test-session-not-open, test-session-closed")
    public RoomView pauseCandidate(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @Valid SessionActionRequest request) {
        sessions.pauseCandidate(actor(), id, registrationId, reason(request));
        return sessions.room(actor(), id);
    }

    @POST
    @Path("{id}/candidates/{registrationId}/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Resume one candidate's test, its deadline moved by the pause")
    @APIResponse(responseCode = "200", description = "The room")
    @APIResponse(responseCode = "404", description = "booking-not-found")
    @APIResponse(responseCode = "409", description = "candidate-test-not-running, test-session-not-open, test-session-closed")
    public RoomView resumeCandidate(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @Valid SessionActionRequest request) {
        sessions.resumeCandidate(actor(), id, registrationId, reason(request));
        return sessions.room(actor(), id);
    }

    @POST
    @Path("{id}/candidates/{registrationId}/time-additions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Add minutes to one candidate's time, with the reason")
    @APIResponse(responseCode = "200", description = "The room")
    @APIResponse(responseCode = "400", description = "validation-failed (minutes 1-120, reason required)")
    @APIResponse(responseCode = "404", description = "booking-not-found")
    @APIResponse(responseCode = "409", description = "candidate-test-not-running, test-session-not-open, test-session-closed")
    public RoomView addTime(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @Valid @NotNull TimeAdditionRequest request) {
        sessions.addTime(actor(), id, registrationId, request.minutes(), request.reason());
        return sessions.room(actor(), id);
    }

    @POST
    @Path("{id}/candidates/{registrationId}/ending")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "End one candidate's test, with the reason: marked, held back from certification")
    @APIResponse(responseCode = "200", description = "The room")
    @APIResponse(responseCode = "400", description = "validation-failed (reason required)")
    @APIResponse(responseCode = "404", description = "booking-not-found")
    @APIResponse(responseCode = "409", description = "candidate-test-not-running, test-session-not-open, test-session-closed")
    public RoomView end(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @Valid @NotNull EndingRequest request) {
        sessions.end(actor(), id, registrationId, request.reason());
        return sessions.room(actor(), id);
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Close the session for good, once no test in it is running")
    @APIResponse(responseCode = "200", description = "The closed session")
    @APIResponse(responseCode = "409", description = "test-session-has-running-tests, test-session-closed")
    public TestSessionView close(@PathParam("id") String id) {
        return sessions.close(actor(), id);
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({ Roles.CENTRE, Roles.INVIGILATOR, Roles.STAFF })
    @Operation(summary = "The session's audit: every action with actor, time and reason, oldest first")
    @APIResponse(responseCode = "200", description = "The audit", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionEventView.class, type = SchemaType.ARRAY), examples = @ExampleObject(name = "a fire alarm", value = """
            [{"at": "2026-12-07T09:02:00Z", "action": "OPENED", "actor": "invigilator"},
             {"at": "2026-12-07T09:20:13Z", "action": "PAUSED", "actor": "invigilator", "affected": 24,
              "reason": "Fire alarm: room evacuated"},
             {"at": "2026-12-07T09:31:40Z", "action": "RESUMED", "actor": "invigilator", "affected": 24}]""")))
    public List<SessionEventView> events(@PathParam("id") String id) {
        return sessions.events(actor(), id);
    }

    @GET
    @Path("{id}/incident-report")
    @RolesAllowed({ Roles.CENTRE, Roles.INVIGILATOR, Roles.STAFF })
    @Operation(summary = "The session's incident report: pauses, time added and tests ended, and their effect per candidate")
    @APIResponse(responseCode = "200", description = "The report")
    public IncidentReport incidentReport(@PathParam("id") String id) {
        return sessions.incidentReport(actor(), id);
    }

    /** Centres and invigilators act for their token's centre; awarding staff (read-only here) for every centre. */
    private SessionActor actor() {
        if (caller.is(Roles.CENTRE) || caller.is(Roles.INVIGILATOR)) {
            return new SessionActor(caller.name(), caller.requireCentreNumber());
        }
        return new SessionActor(caller.name(), null);
    }

    private static String reason(SessionActionRequest request) {
        return request == null || request.reason() == null || request.reason().isBlank() ? null : request.reason();
    }
}
