package uk.awarding.testengine.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
    }

    private final SittingStart start;
    private final SittingService sittings;
    private final ItemBank itemBank;
    private final CatalogueCache catalogue;
    private final CandidateRegistrationsClient registrations;
    private final AccessTokenCredential accessToken;
    private final Caller caller;

    CandidatePages(SittingStart start, SittingService sittings, ItemBank itemBank, CatalogueCache catalogue,
            CandidateRegistrationsClient registrations, AccessTokenCredential accessToken, Caller caller) {
        this.start = start;
        this.sittings = sittings;
        this.itemBank = itemBank;
        this.catalogue = catalogue;
        this.registrations = registrations;
        this.accessToken = accessToken;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Start page: the candidate's active registrations with the rules and time of each online test")
    public Uni<Response> startPage(@CookieParam(Csrf.COOKIE) String csrfCookie) {
        String uln = caller.requireUln();
        String csrf = Csrf.tokenFor(csrfCookie);
        return registrations.active(accessToken.getToken())
                .flatMap(active -> onWorker(itemBank::liveUnits).flatMap(units -> onlineTests(active, units)))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tests -> tests.stream().map(test -> StartOffer.of(test.registration(), test.unitId(),
                        test.specification(),
                        sittings.openSittingId(uln, test.registration().id(), test.unitId()).orElse(null),
                        sittings.keycodeRequired(test.registration().id(), test.unitId()))).toList())
                .map(offers -> page(Templates.start(offers, csrf), csrf));
    }

    @POST
    @Path("sittings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Start a sitting from the start page, then show its first question")
    public Uni<Response> startSitting(@FormParam("registrationId") String registrationId, @FormParam("unit") String unit,
            @FormParam("keycode") String keycode, @FormParam(Csrf.FIELD) String csrf,
            @CookieParam(Csrf.COOKIE) String csrfCookie) {
        Csrf.verify(csrfCookie, csrf);
        String uln = caller.requireUln();
        return onWorker(() -> sittings.openSittingId(uln, registrationId, unit))
                .flatMap(open -> open.map(id -> Uni.createFrom().item(id))
                        .orElseGet(() -> start.start(uln, registrationId, unit, keycode).map(SittingView::id)))
                .map(id -> seeOther("sittings/" + id + "/questions/1"));
    }

    @GET
    @Path("sittings/{id}/questions/{position}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "One question with its stored answer, the navigator and the time left")
    public Response questionPage(@PathParam("id") String id, @PathParam("position") int position,
            @CookieParam(Csrf.COOKIE) String csrfCookie) {
        SittingView sitting = sittings.resume(caller.requireUln(), id);
        if (sitting.status() != SittingStatus.OPEN || sitting.remainingSeconds() <= 0) {
            return seeOther("../result");
        }
        if (position < 1 || position > sitting.questions().size()) {
            throw ProblemException.notFound("question-not-found", "No such question",
                    "The test has questions 1 to " + sitting.questions().size() + ".");
        }
        if (sitting.paused()) {
            return Response.ok(Templates.paused(sitting, position)).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        String csrf = Csrf.tokenFor(csrfCookie);
        return page(Templates.question(QuestionPage.of(sitting, position, csrf)), csrf);
    }

    @POST
    @Path("sittings/{id}/questions/{position}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Save the answer and flag, then go to the question, review or page the button names")
    public Response answer(@PathParam("id") String id, @PathParam("position") int position,
            @FormParam("optionId") @Pattern(regexp = "[A-D]", message = "must be one of A, B, C, D") String optionId,
            @FormParam("flagged") String flagged, @FormParam("sequence") long sequence, @FormParam("go") String go,
            @FormParam(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie) {
        Csrf.verify(csrfCookie, csrf);
        try {
            sittings.save(caller.requireUln(), id, position, optionId, flagged != null, sequence);
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
            @FormParam(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie) {
        Csrf.verify(csrfCookie, csrf);
        return sittings.save(caller.requireUln(), id, position, optionId, flagged != null, sequence);
    }

    @GET
    @Path("sittings/{id}/review")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Unanswered and flagged questions, with links back to them")
    public Response reviewPage(@PathParam("id") String id, @CookieParam(Csrf.COOKIE) String csrfCookie) {
        ReviewView review = sittings.review(caller.requireUln(), id);
        if (review.status() != SittingStatus.OPEN || review.remainingSeconds() <= 0) {
            return seeOther("result");
        }
        String csrf = Csrf.tokenFor(csrfCookie);
        return page(Templates.review(review, csrf), csrf);
    }

    @GET
    @Path("sittings/{id}/submission")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Asks the candidate to confirm the submission")
    public Response confirmPage(@PathParam("id") String id, @CookieParam(Csrf.COOKIE) String csrfCookie) {
        ReviewView review = sittings.review(caller.requireUln(), id);
        if (review.status() != SittingStatus.OPEN) {
            return seeOther("result");
        }
        String csrf = Csrf.tokenFor(csrfCookie);
        return page(Templates.confirm(review, csrf), csrf);
    }

    @POST
    @Path("sittings/{id}/submission")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Submit and mark the sitting, then show the result")
    public Response submit(@PathParam("id") String id, @FormParam(Csrf.FIELD) String csrf,
            @CookieParam(Csrf.COOKIE) String csrfCookie) {
        Csrf.verify(csrfCookie, csrf);
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
        return Response.ok(Templates.result(sitting)).build();
    }

    /** Problems on these pages are pages too, except for the script's save, which gets problem+json. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        if (headers.getAcceptableMediaTypes().stream().anyMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)
                && !headers.getAcceptableMediaTypes().stream().anyMatch(MediaType.TEXT_HTML_TYPE::isCompatible)) {
            return Problem.of(e.status(), e.type(), e.title(), e.detail(), uri.getPath()).withAll(e.extensions())
                    .toResponse();
        }
        String root = "../".repeat((int) uri.getPath().chars().filter(c -> c == '/').count() - 1);
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.problem(root.isEmpty() ? "./" : root, e.status(), e.title(), e.detail())).build();
    }

    /** An online test a registration may start: a unit of its qualification with live items and a specification. */
    private record OnlineTest(RegistrationView registration, String unitId, TestSpecificationView specification) {
    }

    private Uni<List<OnlineTest>> onlineTests(List<RegistrationView> active, List<String> liveUnits) {
        List<Uni<Optional<OnlineTest>>> candidates = new ArrayList<>();
        for (RegistrationView registration : active) {
            for (String unitId : liveUnits) {
                candidates.add(catalogue.unit(unitId).flatMap(unit -> unit.filter(u -> u.belongsTo(registration.qualificationId()))
                        .isEmpty() ? Uni.createFrom().item(Optional.<OnlineTest>empty())
                                : catalogue.testSpecification(unitId).map(specification -> specification
                                        .map(s -> new OnlineTest(registration, unitId, s)))));
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

    private static Response page(TemplateInstance page, String csrf) {
        return Response.ok(page).cookie(Csrf.cookie(csrf)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A relative Location, resolved by the browser against the page's own URL, prefix included. */
    private static Response seeOther(String relative) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, relative).build();
    }
}
