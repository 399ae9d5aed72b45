package uk.awarding.testengine.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;
import uk.awarding.testengine.config.TestEngineConfig;
import uk.awarding.testengine.domain.ItemStatus;
import uk.awarding.testengine.domain.ReviewDecision;
import uk.awarding.testengine.domain.SessionAction;
import uk.awarding.testengine.repository.ItemRepository.ItemFilter;
import uk.awarding.testengine.repository.ItemRepository.ReviewFilter;
import uk.awarding.testengine.repository.SessionEventRepository.AuditFilter;
import uk.awarding.testengine.service.Audit;
import uk.awarding.testengine.service.ItemBank;
import uk.awarding.testengine.service.ItemStatisticsService;
import uk.awarding.testengine.service.ItemView;
import uk.awarding.testengine.service.RunningSittingView;
import uk.awarding.testengine.service.SessionEventView;
import uk.awarding.testengine.service.SittingTimeExtensions;
import uk.awarding.testengine.service.TestSessionService;

/**
 * The awarding staff console: the item bank by unit, learning outcome and status, one item version with its key and
 * rationale and the review the API offers (approve or reject a draft, retire an item), item statistics as charts with
 * their figures in words and tables, the audit of every session and sitting and the item review audit, and time
 * extensions of running sittings. Plain forms with redirect-after-post and the pages' CSRF token, so it works with
 * JavaScript off; every change goes through the same services as the API, so the rules are the API's.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.STAFF)
@Tag(name = "Staff console", description = "Server-rendered pages for awarding staff: item bank, review, statistics, audit, time extensions")
public class StaffPages {

    private static final int PAGE_SIZE = 50;
    private static final String UNIT = "[0-9]{4}-[0-9]{3}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<String> units);

        static native TemplateInstance items(ResultPage<ItemView> items, ItemQuery query);

        static native TemplateInstance item(ItemView item, List<ItemView> versions, String refusal, String done,
                String csrf);

        static native TemplateInstance statistics(StatisticsQuery query, ResultPage<StatisticsChart> charts,
                String minFacility, String maxFacility);

        static native TemplateInstance audit(ResultPage<SessionEventView> events, AuditQuery query,
                List<SessionAction> actions);

        static native TemplateInstance reviews(ResultPage<ItemView> reviews, ReviewQuery query);

        static native TemplateInstance sittings(String uln, List<RunningSittingView> sittings, String done,
                String csrf);

        static native TemplateInstance problem(String root, int status, String title, String detail,
                List<FieldError> errors);
    }

    /** A list's filters as its form shows them again, and the links to the pages before and after. */
    public interface Query {
        int page();

        String link(int toPage);

        /** The link to the page before, or null on the first. */
        default String previous() {
            return page() > 0 ? link(page() - 1) : null;
        }

        /** The link to the page after, or null on the last. */
        default String next(long total) {
            return (long) (page() + 1) * PAGE_SIZE < total ? link(page() + 1) : null;
        }
    }

    public record ItemQuery(String unit, String learningOutcome, String status, int page) implements Query {

        public String link(int toPage) {
            return "items?unit=" + value(unit) + "&learningOutcome=" + value(learningOutcome) + "&status="
                    + value(status) + "&page=" + toPage;
        }
    }

    public record StatisticsQuery(String unit, String flagged, int page) implements Query {

        public String link(int toPage) {
            return "statistics?unit=" + value(unit) + "&flagged=" + value(flagged) + "&page=" + toPage;
        }
    }

    public record AuditQuery(String session, String registration, String action, String actor, String from, String to,
            int page) implements Query {

        public String link(int toPage) {
            return "audit?session=" + value(session) + "&registration=" + value(registration) + "&action="
                    + value(action) + "&actor=" + value(actor) + "&from=" + value(from) + "&to=" + value(to)
                    + "&page=" + toPage;
        }
    }

    public record ReviewQuery(String unit, String decision, String reviewer, int page) implements Query {

        public String link(int toPage) {
            return "reviews?unit=" + value(unit) + "&decision=" + value(decision) + "&reviewer=" + value(reviewer)
                    + "&page=" + toPage;
        }
    }

    private final ItemBank itemBank;
    private final ItemStatisticsService statistics;
    private final Audit audit;
    private final SittingTimeExtensions extensions;
    private final TestEngineConfig config;
    private final Caller caller;
    private final Csrf csrf;

    StaffPages(ItemBank itemBank, ItemStatisticsService statistics, Audit audit, SittingTimeExtensions extensions,
            TestEngineConfig config, Caller caller, Csrf csrf) {
        this.itemBank = itemBank;
        this.statistics = statistics;
        this.audit = audit;
        this.extensions = extensions;
        this.config = config;
        this.caller = caller;
        this.csrf = csrf;
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The staff console's start page: the units with live items and what the console offers")
    public Response home() {
        return page(Templates.home(itemBank.liveUnits()));
    }

    @GET
    @Path("items")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Browse the item bank's versions by unit, learning outcome and status, 50 a page")
    public Response items(@QueryParam("unit") String unit, @QueryParam("learningOutcome") String learningOutcome,
            @QueryParam("status") String status, @QueryParam("page") String page) {
        List<FieldError> errors = new ArrayList<>();
        String u = optional(unit, UNIT, "unit", "must look like 2794-210", errors);
        String lo = optional(learningOutcome, "LO[0-9]{1,2}", "learningOutcome", "must look like LO3", errors);
        String s = optional(status, "DRAFT|LIVE|RETIRED", "status", "must be DRAFT, LIVE or RETIRED", errors);
        int p = pageNumber(page, errors);
        FormFields.requireValid(errors);
        var filter = new ItemFilter(u, lo, null, s == null ? null : ItemStatus.valueOf(s));
        return page(Templates.items(itemBank.search(filter, p, PAGE_SIZE).map(ItemView::from),
                new ItemQuery(u, lo, s, p)));
    }

    @GET
    @Path("items/{itemCode}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Go to the latest version of one item (a redirect to its version page)")
    public Response latestItem(@PathParam("itemCode") String itemCode) {
        return seeOther(FormFields.encode(itemCode) + "/versions/" + itemBank.latest(itemCode).getVersion());
    }

    @GET
    @Path("items/{itemCode}/versions/{version}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "One version of an item with its key, rationale, review and the review form if it awaits one")
    public Response item(@PathParam("itemCode") String itemCode, @PathParam("version") int version,
            @QueryParam("done") String done) {
        ItemView item = ItemView.from(itemBank.version(itemCode, version));
        List<ItemView> versions = itemBank.versions(itemCode).stream().map(ItemView::from).toList();
        return page(Templates.item(item, versions, itemBank.reviewRefusal(itemCode, version), doneWord(done),
                csrf.tokenFor(caller)));
    }

    @POST
    @Path("items/{itemCode}/versions/{version}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Approve (DRAFT to LIVE) or reject a draft version with a note, then show it again")
    public Response review(@PathParam("itemCode") String itemCode, @PathParam("version") int version,
            @FormParam("decision") String decision, @FormParam("note") String note,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        List<FieldError> errors = new ArrayList<>();
        if (decision == null || !decision.matches("APPROVE|REJECT")) {
            errors.add(new FieldError("decision", "choose approve or reject"));
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why == null) {
            errors.add(new FieldError("note", "must not be blank"));
        }
        FormFields.requireValid(errors);
        ReviewDecision reviewDecision = "APPROVE".equals(decision) ? ReviewDecision.APPROVED : ReviewDecision.REJECTED;
        itemBank.review(itemCode, version, reviewDecision, caller.name(), why);
        return seeOther("../" + version + "?done=" + (reviewDecision == ReviewDecision.APPROVED ? "approved" : "rejected"));
    }

    @POST
    @Path("items/{itemCode}/retirement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Retire every version of an item so it is never drawn again, then show it")
    public Response retire(@PathParam("itemCode") String itemCode, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        return seeOther("versions/" + itemBank.retire(itemCode).getVersion() + "?done=retired");
    }

    @GET
    @Path("statistics")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "A unit's item statistics as charts with tables: facility, discrimination and option choice")
    public Response statistics(@QueryParam("unit") String unit, @QueryParam("flagged") String flagged,
            @QueryParam("page") String page) {
        List<FieldError> errors = new ArrayList<>();
        String u = optional(unit, UNIT, "unit", "must look like 2794-210", errors);
        String f = optional(flagged, "true|false", "flagged", "must be true or false", errors);
        int p = pageNumber(page, errors);
        FormFields.requireValid(errors);
        var bounds = config.statistics();
        ResultPage<StatisticsChart> charts = u == null ? null
                : statistics.forUnit(u, f == null ? null : Boolean.valueOf(f), p, PAGE_SIZE)
                        .map(r -> StatisticsChart.of(r, bounds.minFacility(), bounds.maxFacility()));
        return page(Templates.statistics(new StatisticsQuery(u, f, p), charts, StatisticsChart.decimal(bounds.minFacility()),
                StatisticsChart.decimal(bounds.maxFacility())));
    }

    @GET
    @Path("audit")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Every session's and sitting's audit, newest first, filtered by session, candidate, action, actor and date")
    public Response audit(@QueryParam("session") String session, @QueryParam("registration") String registration,
            @QueryParam("action") String action, @QueryParam("actor") String actor, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page) {
        List<FieldError> errors = new ArrayList<>();
        String a = optional(action, String.join("|", Arrays.stream(SessionAction.values()).map(Enum::name).toList()),
                "action", "must be one of the actions listed", errors);
        Instant since = date(from, "from", errors, false);
        Instant until = date(to, "to", errors, true);
        int p = pageNumber(page, errors);
        FormFields.requireValid(errors);
        var filter = new AuditFilter(blankToNull(session), blankToNull(registration),
                a == null ? null : SessionAction.valueOf(a), blankToNull(actor), since, until);
        return page(Templates.audit(audit.events(filter, p, PAGE_SIZE), new AuditQuery(blankToNull(session),
                blankToNull(registration), a, blankToNull(actor), blankToNull(from), blankToNull(to), p),
                List.of(SessionAction.values())));
    }

    @GET
    @Path("reviews")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The item review audit: who approved or rejected which version, when and why, newest first")
    public Response reviews(@QueryParam("unit") String unit, @QueryParam("decision") String decision,
            @QueryParam("reviewer") String reviewer, @QueryParam("page") String page) {
        List<FieldError> errors = new ArrayList<>();
        String u = optional(unit, UNIT, "unit", "must look like 2794-210", errors);
        String d = optional(decision, "APPROVED|REJECTED", "decision", "must be APPROVED or REJECTED", errors);
        int p = pageNumber(page, errors);
        FormFields.requireValid(errors);
        var filter = new ReviewFilter(u, d == null ? null : ReviewDecision.valueOf(d), blankToNull(reviewer));
        return page(Templates.reviews(audit.reviews(filter, p, PAGE_SIZE), new ReviewQuery(u, d, blankToNull(reviewer), p)));
    }

    @GET
    @Path("sittings")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "A candidate's running sittings by ULN, each with the form to extend its time")
    public Response sittings(@QueryParam("uln") String uln, @QueryParam("done") String done) {
        List<FieldError> errors = new ArrayList<>();
        String u = optional(uln, "[0-9]{10}", "uln", "must be the candidate's 10-digit ULN", errors);
        FormFields.requireValid(errors);
        return page(Templates.sittings(u, u == null ? List.of() : extensions.running(u), doneWord(done),
                csrf.tokenFor(caller)));
    }

    @POST
    @Path("sittings/{id}/time-extensions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Extend a running sitting's time for a late access arrangement, with the reason, then show it")
    public Response extend(@PathParam("id") String id, @FormParam("minutes") String minutes,
            @FormParam("reason") String reason, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(caller, token);
        List<FieldError> errors = new ArrayList<>();
        Integer parsed = FormFields.minutes(minutes, errors);
        String why = FormFields.reason(reason, true, errors);
        FormFields.requireValid(errors);
        RunningSittingView sitting = extensions.extend(caller.name(), id, parsed, why);
        return seeOther("../../sittings?uln=" + FormFields.encode(sitting.uln()) + "&done=time-extended");
    }

    /** Problems on these pages are pages too, naming every invalid field, with a way back. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        String path = uri.getPath();
        int depth = (int) path.substring(path.indexOf("/staff")).chars().filter(c -> c == '/').count();
        String root = depth <= 1 ? "./" : "../".repeat(depth - 1);
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.problem(root, e.status(), e.title(), e.detail(), FormFields.errors(e))).build();
    }

    private static Response page(TemplateInstance page) {
        return Response.ok(page).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** A relative Location, so redirects work behind the gateway's prefix. */
    private static Response seeOther(String location) {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }

    /** The status word of the last action, as the page's notice names it; never text from the request itself. */
    private static String doneWord(String done) {
        return done == null ? null : done.replaceAll("[^a-z-]", "");
    }

    private static String optional(String value, String pattern, String field, String message, List<FieldError> errors) {
        String stripped = blankToNull(value);
        if (stripped != null && !stripped.matches(pattern)) {
            errors.add(new FieldError(field, message));
            return null;
        }
        return stripped;
    }

    private static int pageNumber(String page, List<FieldError> errors) {
        String stripped = blankToNull(page);
        if (stripped == null) {
            return 0;
        }
        if (!stripped.matches("[0-9]{1,6}")) {
            errors.add(new FieldError("page", "must be a whole number from 0"));
            return 0;
        }
        return Integer.parseInt(stripped);
    }

    /** The start of a UK date, or with {@code end} the start of the day after, so the day is included. */
    private static Instant date(String value, String field, List<FieldError> errors, boolean end) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(stripped);
            return (end ? day.plusDays(1) : day).atStartOfDay(TestSessionService.UK).toInstant();
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "must be a date like 2026-12-07"));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String value(String value) {
        return value == null ? "" : FormFields.encode(value);
    }
}
