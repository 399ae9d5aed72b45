package uk.awarding.testengine.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;
import uk.awarding.testengine.service.RoomView;
import uk.awarding.testengine.service.SessionActor;
import uk.awarding.testengine.service.SessionEventView;
import uk.awarding.testengine.service.TestSessionPlanning;
import uk.awarding.testengine.service.TestSessionService;
import uk.awarding.testengine.service.TestSessionView;

/**
 * The invigilator's console: the centre's sessions, and one session's room with every control the API has (open,
 * pause and resume the room or one candidate, add time, end a test, close). Plain forms with redirect-after-post, so
 * it works with JavaScript off; {@code static/console.js} only reloads the room table every few seconds. Every change
 * goes through the same {@link TestSessionService} as the API.
 */
@Path("/test-sessions")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Invigilator console", description = "Server-rendered pages for running a test session")
public class InvigilatorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(ResultPage<TestSessionView> sessions);

        static native TemplateInstance room(RoomView room, List<SessionEventView> events, boolean invigilator,
                String done, String csrf);

        static native TemplateInstance problem(String root, int status, String title, String detail,
                List<FieldError> errors);
    }

    private final TestSessionService sessions;
    private final TestSessionPlanning planning;
    private final Caller caller;
    private final Csrf csrf;

    InvigilatorPages(TestSessionService sessions, TestSessionPlanning planning, Caller caller, Csrf csrf) {
        this.sessions = sessions;
        this.planning = planning;
        this.caller = caller;
        this.csrf = csrf;
    }

    @GET
    @RolesAllowed({ Roles.INVIGILATOR, Roles.CENTRE })
    @Operation(summary = "The centre's test sessions, latest first, each linking to its room")
    public Response list() {
        return Response.ok(Templates.sessions(sessions.list(actor(), 0, 200)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.INVIGILATOR, Roles.CENTRE })
    @Operation(summary = "One session's room: keycode, candidates with state, time left and answered count, controls")
    public Response room(@PathParam("id") String id, @QueryParam("done") String done) {
        SessionActor actor = actor();
        return Response.ok(Templates.room(sessions.room(actor, id), sessions.events(actor, id),
                caller.is(Roles.INVIGILATOR), done == null ? null : done.replaceAll("[^a-z-]", ""),
                csrf.tokenFor(caller))).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("{id}/opening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Open the session (issues the keycode), then show the room")
    public Uni<Response> open(@PathParam("id") String id, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        return planning.open(actor(), id).map(opened -> backToRoom(id, false, "opened"));
    }

    @POST
    @Path("{id}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Pause the whole room, then show it")
    public Response pauseRoom(@PathParam("id") String id, @FormParam("reason") String reason,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        sessions.pauseRoom(actor(), id, FormFields.reason(reason, false));
        return backToRoom(id, false, "room-paused");
    }

    @POST
    @Path("{id}/resumption")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Resume the whole room, then show it")
    public Response resumeRoom(@PathParam("id") String id, @FormParam("reason") String reason,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        sessions.resumeRoom(actor(), id, FormFields.reason(reason, false));
        return backToRoom(id, false, "room-resumed");
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Close the session, then show it")
    public Response close(@PathParam("id") String id, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        sessions.close(actor(), id);
        return backToRoom(id, false, "closed");
    }

    @POST
    @Path("{id}/candidates/{registrationId}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Pause one candidate's test, then show the room")
    public Response pauseCandidate(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @FormParam("reason") String reason, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        sessions.pauseCandidate(actor(), id, registrationId, FormFields.reason(reason, false));
        return backToRoom(id, true, "candidate-paused");
    }

    @POST
    @Path("{id}/candidates/{registrationId}/resumption")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Resume one candidate's test, then show the room")
    public Response resumeCandidate(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @FormParam("reason") String reason, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        sessions.resumeCandidate(actor(), id, registrationId, FormFields.reason(reason, false));
        return backToRoom(id, true, "candidate-resumed");
    }

    @POST
    @Path("{id}/candidates/{registrationId}/time-additions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "Add minutes to one candidate's time with the reason, then show the room")
    public Response addTime(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @FormParam("minutes") String minutes, @FormParam("reason") String reason,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        List<FieldError> errors = new ArrayList<>();
        Integer parsed = FormFields.minutes(minutes, errors);
        String why = FormFields.reason(reason, true, errors);
        FormFields.requireValid(errors);
        sessions.addTime(actor(), id, registrationId, parsed, why);
        return backToRoom(id, true, "time-added");
    }

    @POST
    @Path("{id}/candidates/{registrationId}/ending")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.INVIGILATOR)
    @Operation(summary = "End one candidate's test with the reason, then show the room")
    public Response end(@PathParam("id") String id, @PathParam("registrationId") String registrationId,
            @FormParam("reason") String reason, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        sessions.end(actor(), id, registrationId, FormFields.reason(reason, true));
        return backToRoom(id, true, "test-ended");
    }

    /** Problems on these pages are pages too, naming every invalid field, with a way back to the room. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        String path = uri.getPath();
        int depth = (int) path.substring(path.indexOf("/test-sessions")).chars().filter(c -> c == '/').count();
        String root = "../".repeat(Math.max(0, depth - 1));
        List<FieldError> errors = FormFields.errors(e);
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.problem(root.isEmpty() ? "./" : root, e.status(), e.title(), e.detail(), errors))
                .build();
    }

    private SessionActor actor() {
        return new SessionActor(caller.name(), caller.requireCentreNumber());
    }

    /**
     * Back to the room by a relative Location, so it works behind the gateway's prefix: from
     * {@code test-sessions/{id}/x} it is {@code ../{id}}, from {@code test-sessions/{id}/candidates/{r}/x}
     * {@code ../../../{id}}.
     */
    private static Response backToRoom(String id, boolean fromCandidate, String done) {
        String up = fromCandidate ? "../../../" : "../";
        return Response.status(Response.Status.SEE_OTHER)
                .header(HttpHeaders.LOCATION, up + FormFields.encode(id) + "?done=" + done).build();
    }
}
