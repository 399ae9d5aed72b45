package uk.awarding.testengine.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
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

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import uk.awarding.platform.problem.Problem;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;
import uk.awarding.testengine.client.CandidateRegistrationsClient;
import uk.awarding.testengine.client.CatalogueCache;
import uk.awarding.testengine.client.RegistrationView;
import uk.awarding.testengine.client.TestSpecificationView;
import uk.awarding.testengine.client.UnitView;
import uk.awarding.testengine.domain.SittingStatus;
import uk.awarding.testengine.service.ItemBank;
import uk.awarding.testengine.service.ResponseView;
import uk.awarding.testengine.service.ReviewView;
import uk.awarding.testengine.service.SittingService;
import uk.awarding.testengine.service.SittingStart;
import uk.awarding.testengine.service.SittingView;

/**
 * The candidate's pages: plain HTML forms with redirect-after-post, so everything works with JavaScript off. The
 * pages ask the service layer, never the database: every change goes through the same {@link SittingService} as
 * the JSON API. The candidate is the {@link Caller}'s ULN, read from the access token of the sign-in as the API
 * reads it from the bearer token. Links and redirects are relative, so the pages work both on their own port and
 * behind the gateway's {@code /test-engine/} prefix.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Candidate pages", description = "Server-rendered pages for sitting an online test")
public class CandidatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<StartOffer> offers, String csrf);

        static native TemplateInstance question(QuestionPage page);

        static native TemplateInstance review(ReviewView review, String csrf);

        static native TemplateInstance confirm(ReviewView review, String csrf);

        static native TemplateInstance result(SittingView sitting);

        static native TemplateInstance paused(SittingView sitting, int position);

        static native TemplateInstance problem(String root, int status, String title, String detail);

        static native TemplateInstance notACandidate(String root, String name);

        static native TemplateInstance signedOut();
    }

    private final SittingStart start;
    private final SittingService sittings;
    private final ItemBank itemBank;
    private final CatalogueCache catalogue;
    private final CandidateRegistrationsClient registrations;
    private final AccessTokenCredential accessToken;
    private final Caller caller;
    private final Csrf csrf;

    CandidatePages(SittingStart start, SittingService sittings, ItemBank itemBank, CatalogueCache catalogue,
            CandidateRegistrationsClient registrations, AccessTokenCredential accessToken, Caller caller, Csrf csrf) {
        this.start = start;
        this.sittings = sittings;
        this.itemBank = itemBank;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.accessToken = accessToken;
        this.caller = caller;
        this.csrf = csrf;
    }

    @GET
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Start page: the candidate's active registrations with the rules and time of each online test")
    public Uni<Response> startPage() {
        String uln = caller.requireUln();
        String token = csrf.tokenFor(caller);
        return registrations.active(accessToken.getToken())
                .flatMap(active -> onWorker(itemBank::liveUnits).flatMap(units -> onlineTests(active, units)))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tests -> tests.stream().map(test -> StartOffer.of(test.registration(), test.unit(),
                        test.specification(),
                        sittings.openSittingId(uln, test.registration().id(), test.unit().unitId()).orElse(null),
                        sittings.keycodeRequired(test.registration().id(), test.unit().unitId()),
                        sittings.resitDecision(uln, test.unit().unitId(), test.specification()))).toList())
                .map(offers -> page(Templates.start(offers, token)));
    }

    @POST
    @Path("sittings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Start a sitting from the start page, or resume the open one at its first unanswered question")
    public Uni<Response> startSitting(@FormParam("registrationId") String registrationId, @FormParam("unit") String unit,
            @FormParam("keycode") String keycode, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        String uln = caller.requireUln();
        return onWorker(() -> sittings.openSittingId(uln, registrationId, unit))
                .flatMap(open -> open.map(id -> Uni.createFrom().item(id))
                        .orElseGet(() -> start.start(uln, registrationId, unit, keycode).map(SittingView::id)))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(id -> seeOther("sittings/" + id + sittings.resumePosition(uln, id).map(p -> "/questions/" + p)
                        .orElse("/review")));
    }

    @GET
    @Path("sittings/{id}/questions/{position}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "One question with its stored answer, the navigator and the time left")
    public Response questionPage(@PathParam("id") String id, @PathParam("position") int position,
            @QueryParam("not-saved") boolean notSaved) {
        SittingView sitting = sittings.resume(caller.requireUln(), id);
        if (sitting.status() != SittingStatus.OPEN || sitting.remainingSeconds() <= 0) {
            return seeOther("../result");
        }
        if (position < 1 || position > sitting.questions().size()) {
            throw ProblemException.notFound("question-not-found", "No such question",
                    "The test has questions 1 to " + sitting.questions().size() + ".");
        }
        if (sitting.paused()) {
            return page(Templates.paused(sitting, position));
        }
        return page(Templates.question(QuestionPage.of(sitting, position, csrf.tokenFor(caller), notSaved)));
    }

    @POST
    @Path("sittings/{id}/questions/{position}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Save the answer and flag, then go to the question, review or page the button names; "
            + "an answer not saved (another window saved a newer one) shows the question again with what is stored")
    public Response answer(@PathParam("id") String id, @PathParam("position") int position,
            @FormParam("optionId") @Pattern(regexp = "[A-D]", message = "must be one of A, B, C, D") String optionId,
            @FormParam("flagged") String flagged, @FormParam("sequence") long sequence, @FormParam("go") String go,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        try {
            ResponseView stored = sittings.save(caller.requireUln(), id, position, optionId, flagged != null, sequence);
            // Refused as older than a save from another window: tell the candidate, unless it stores what they chose.
            if (!stored.accepted()
                    && !(Objects.equals(stored.optionId(), optionId) && stored.flagged() == (flagged != null))) {
                return seeOther(position + "?not-saved=true");
            }
        } catch (ProblemException e) {
            if ("sitting-closed".equals(e.type())) {
                return seeOther("../result");
            }
            if ("sitting-paused".equals(e.type())) {
                return seeOther(String.valueOf(position));
            }
            throw e;
        }
        return seeOther(target(go, position));
    }

    /** The same save for the page's script, which stays on the page: answers with what is stored. */
    @POST
    @Path("sittings/{id}/questions/{position}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Save the answer and flag without leaving the page (used by the page's script)")
    public ResponseView answerInPlace(@PathParam("id") String id, @PathParam("position") int position,
            @FormParam("optionId") @Pattern(regexp = "[A-D]", message = "must be one of A, B, C, D") String optionId,
            @FormParam("flagged") String flagged, @FormParam("sequence") long sequence,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        return sittings.save(caller.requireUln(), id, position, optionId, flagged != null, sequence);
    }

    @GET
    @Path("sittings/{id}/review")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Unanswered and flagged questions, with links back to them")
    public Response reviewPage(@PathParam("id") String id) {
        ReviewView review = sittings.review(caller.requireUln(), id);
        if (review.status() != SittingStatus.OPEN || review.remainingSeconds() <= 0) {
            return seeOther("result");
        }
        return page(Templates.review(review, csrf.tokenFor(caller)));
    }

    @GET
    @Path("sittings/{id}/submission")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Asks the candidate to confirm the submission")
    public Response confirmPage(@PathParam("id") String id) {
        ReviewView review = sittings.review(caller.requireUln(), id);
        if (review.status() != SittingStatus.OPEN) {
            return seeOther("result");
        }
        return page(Templates.confirm(review, csrf.tokenFor(caller)));
    }

    @POST
    @Path("sittings/{id}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Submit and mark the sitting, then show the result")
    public Response submit(@PathParam("id") String id, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        sittings.submit(caller.requireUln(), id);
        return seeOther("result");
    }

    @GET
    @Path("sittings/{id}/result")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "The result; a sitting whose time ran out is marked first")
    public Response resultPage(@PathParam("id") String id) {
        String uln = caller.requireUln();
        SittingView sitting = sittings.resume(uln, id);
        if (sitting.status() == SittingStatus.OPEN) {
            if (sitting.remainingSeconds() > 0) {
                return seeOther("review");
            }
            // Time is up: mark it now rather than make the candidate wait for the sweeper. The service decides
            // whether this counts as submitted (within the grace for saves) or expired.
            sittings.submit(uln, id);
            sitting = sittings.resume(uln, id);
        }
        return page(Templates.result(sitting));
    }

    /**
     * Where Keycloak sends the browser after sign-out: public, since the session has ended here and at Keycloak
     * (signing in again asks for the password).
     */
    @GET
    @Path("signed-out")
    @PermitAll
    @Operation(summary = "Confirms the sign-out and offers to sign in again")
    public Response signedOutPage() {
        return page(Templates.signedOut());
    }

    /**
     * Someone signed in with an account that is not a candidate's (staff, a centre) gets a page that says so and lets
     * them sign out to use another account, rather than a bare 403.
     */
    @ServerExceptionMapper
    public Response notACandidate(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        if (wantsJson(headers)) {
            return problem(new ProblemException(403, "forbidden", "Not allowed", "Your role does not allow this request."),
                    headers, uri);
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Templates.notACandidate(root(uri), caller.name())).build();
    }

    /** Problems on these pages are pages too, except for the script's save, which gets problem+json. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        if (wantsJson(headers)) {
            return Problem.of(e.status(), e.type(), e.title(), e.detail(), uri.getPath()).withAll(e.extensions())
                    .toResponse();
        }
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Templates.problem(root(uri), e.status(), e.title(), e.detail())).build();
    }

    /** The page's script asks for JSON only; a browser's navigation accepts HTML. */
    private static boolean wantsJson(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().anyMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)
                && headers.getAcceptableMediaTypes().stream().noneMatch(MediaType.TEXT_HTML_TYPE::isCompatible);
    }

    /** The relative address of the pages' root from the requested page, so links work behind the gateway's prefix. */
    private static String root(UriInfo uri) {
        String root = "../".repeat((int) uri.getPath().chars().filter(c -> c == '/').count() - 1);
        return root.isEmpty() ? "./" : root;
    }

    /** An online test a registration may start: a unit of its qualification with live items and a specification. */
    private record OnlineTest(RegistrationView registration, UnitView unit, TestSpecificationView specification) {
    }

    private Uni<List<OnlineTest>> onlineTests(List<RegistrationView> active, List<String> liveUnits) {
        List<Uni<Optional<OnlineTest>>> candidates = new ArrayList<>();
        for (RegistrationView registration : active) {
            for (String unitId : liveUnits) {
                candidates.add(catalogue.unit(unitId)
                        .flatMap(unit -> unit.filter(u -> u.belongsTo(registration.qualificationId()))
                                .isEmpty() ? Uni.createFrom().item(Optional.<OnlineTest>empty())
                                        : catalogue.testSpecification(unitId).map(specification -> specification
                                                .map(s -> new OnlineTest(registration, unit.get(), s)))));
            }
        }
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(candidates).andFailFast().map(tests -> tests.stream().flatMap(Optional::stream).toList());
    }

    /** Database work of a page that waits for a peer: on a worker thread, which the wait for the peer does not hold. */
    private static <T> Uni<T> onWorker(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static String target(String go, int position) {
        if ("review".equals(go)) {
            return "../review";
        }
        if ("next".equals(go)) {
            return String.valueOf(position + 1);
        }
        if ("previous".equals(go)) {
            return String.valueOf(position - 1);
        }
        return go != null && go.matches("[1-9][0-9]{0,2}") ? go : String.valueOf(position);
    }

    /** Pages show a candidate's answers and results: no cache may keep them. */
    private static Response page(TemplateInstance page) {
        return Response.ok(page).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A relative Location, resolved by the browser against the page's own URL, prefix included. */
    private static Response seeOther(String relative) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, relative).build();
    }
}
