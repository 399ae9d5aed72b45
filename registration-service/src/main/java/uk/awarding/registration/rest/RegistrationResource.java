package uk.awarding.registration.rest;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Roles;
import uk.awarding.registration.domain.NewRegistration;
import uk.awarding.registration.domain.RegistrationStatus;
import uk.awarding.registration.service.BatchReport;
import uk.awarding.registration.service.BatchRow;
import uk.awarding.registration.service.Idempotency;
import uk.awarding.registration.service.Registrations;

@Path("/api/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Learners registered by centres on qualifications")
public class RegistrationResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String CSV = "text/csv";

    private static final String IDEMPOTENCY_KEY_DESCRIPTION = "1 to 200 visible ASCII characters, e.g. a UUID: a retry"
            + " with the same key and request gets the first answer again and changes nothing";

    private static final String BATCH_DESCRIPTION = """
            Registers up to 500 learners in one request, all or nothing: when any row breaks a rule, no row is \
            registered and the 422 answer reports every row. The refusal is recorded in the audit log (who, when, \
            how many rows, which problems). More than 500 rows is refused with 413 `batch-too-large`: split the file.

            The body is a JSON array of registrations, or a CSV file (`text/csv`): UTF-8 (a byte-order mark is \
            ignored), RFC 4180 (comma-separated; a field with a comma, quote or line break in double quotes, a quote \
            inside doubled; LF or CRLF line ends; blank lines skipped). The first line is the header, naming the \
            columns in any order: `uln`, `givenName`, `familyName`, `dateOfBirth` (`YYYY-MM-DD`), `qualificationId` \
            (all required) and `extraTimePercent` (0-100, empty means 0), `otherAdjustments` (optional). Row 1 is the \
            first line after the header (for JSON, the first element). Each row is checked as a single registration \
            is; a row repeating an earlier row's learner and qualification is a duplicate.""";

    private final Registrations registrations;
    private final Idempotency idempotency;
    private final Answers answers;
    private final BatchReader batches;
    private final RegistrationChecks checks;

    public RegistrationResource(Registrations registrations, Idempotency idempotency, Answers answers,
            BatchReader batches, RegistrationChecks checks) {
        this.registrations = registrations;
        this.idempotency = idempotency;
        this.answers = answers;
        this.batches = batches;
        this.checks = checks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRE)
    @Operation(summary = "Register a learner on a qualification", description = """
            The centre is the token's. Every invalid field is reported in one answer: a malformed request is one 400 \
            `validation-failed` listing each field; a well-formed one that breaks registration rules is one problem \
            listing every broken rule in `errors` (`field`, `problem`, `message`), typed after the first of them. \
            For a ULN the awarding organisation knows, the names and date of birth must match its record \
            (422 `learner-details-mismatch` names the fields that differ, never the recorded values).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationRequest.class), examples = @ExampleObject(name = "learner", summary = "A learner with 25% extra time", value = OpenApiExamples.REGISTRATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the registration", headers = @Header(name = "Location", description = "The registration's address", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class), examples = @ExampleObject(name = "registered", value = OpenApiExamples.REGISTRATION)))
    @APIResponse(responseCode = "400", description = "validation-failed (every invalid field at once), malformed-body, invalid-idempotency-key", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "three invalid fields", value = OpenApiExamples.VALIDATION_FAILED)))
    @APIResponse(responseCode = "403", description = "centre-not-approved, unknown-centre, centre-claim-missing")
    @APIResponse(responseCode = "409", description = "duplicate-registration (at another centre without naming it), concurrent-change")
    @APIResponse(responseCode = "422", description = "impossible-date-of-birth, learner-details-mismatch, unknown-qualification, qualification-not-open, below-minimum-age, idempotency-key-reused", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "details differ from the record", value = OpenApiExamples.DETAILS_MISMATCH)))
    @APIResponse(responseCode = "503", description = "catalogue-unavailable")
    public Response register(
            @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
            @NotNull RegistrationRequest request, @Context UriInfo uri) {
        NewRegistration registration = checks.registration(request);
        String hash = hash(uri, answers.bytes(request));
        return Answers.toResponse(idempotency.run(key, hash, () -> registrations.readPeers(registration),
                qualification -> {
                    var view = RegistrationView.from(registrations.register(registration, qualification));
                    return answers.of(201, uri.getAbsolutePathBuilder().path(view.id()).build(), view);
                }));
    }

    @POST
    @Path("/batch")
    @Consumes({ CSV, MediaType.APPLICATION_JSON })
    @RolesAllowed(Roles.CENTRE)
    @Operation(summary = "Register up to 500 learners at once, all or nothing", description = BATCH_DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "A CSV file as described above"), examples = @ExampleObject(name = "two learners", value = OpenApiExamples.BATCH_CSV)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RegistrationRequest.class, maxItems = 500), examples = @ExampleObject(name = "two learners", value = OpenApiExamples.BATCH_JSON)) })
    @APIResponse(responseCode = "200", description = "Every row registered; the report gives each row's registration id", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchReport.class), examples = @ExampleObject(name = "registered", value = OpenApiExamples.BATCH_REPORT)))
    @APIResponse(responseCode = "400", description = "batch-empty, csv-header-invalid, malformed-body, invalid-idempotency-key")
    @APIResponse(responseCode = "403", description = "unknown-centre, centre-claim-missing")
    @APIResponse(responseCode = "413", description = "batch-too-large (over 500 rows; maxRows), body-too-large")
    @APIResponse(responseCode = "422", description = "batch-rejected (the report of every row; nothing registered), idempotency-key-reused", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "a row differs from the learner record", value = OpenApiExamples.BATCH_REJECTED)))
    @APIResponse(responseCode = "503", description = "catalogue-unavailable")
    public Response registerBatch(
            @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Context HttpHeaders headers, InputStream body, @Context UriInfo uri) {
        boolean csv = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf(CSV));
        return csv ? batch(key, body, uri, CSV, batches::csv)
                : batch(key, body, uri, MediaType.APPLICATION_JSON, batches::json);
    }

    @GET
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF, Roles.CANDIDATE })
    @Operation(summary = "List registrations the caller may see", description = """
            A centre sees its own registrations, a candidate their own, awarding staff everyone's; ordered by \
            registeredAt, then id.""")
    @APIResponse(responseCode = "200", description = "A page of registrations")
    @APIResponse(responseCode = "400", description = "validation-failed (page, size, status)")
    public ResultPage<RegistrationView> list(
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20") @QueryParam("size") String size,
            @Parameter(description = "Only this learner", example = "9276308686") @QueryParam("uln") String uln,
            @Parameter(description = "Only this qualification", example = "cg-2794-02") @QueryParam("qualificationId") String qualificationId,
            @Parameter(description = "ACTIVE or WITHDRAWN", example = "ACTIVE") @QueryParam("status") @Pattern(regexp = "ACTIVE|WITHDRAWN", message = "must be ACTIVE or WITHDRAWN") String status) {
        Paging paging = Paging.of(page, size);
        return registrations.page(uln, qualificationId, status == null ? null : RegistrationStatus.valueOf(status),
                paging.page(), paging.size()).map(RegistrationView::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF, Roles.CANDIDATE, Roles.SERVICE })
    @Operation(summary = "Read one registration with its access arrangements")
    @APIResponse(responseCode = "200", description = "The registration", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class), examples = @ExampleObject(name = "registration", value = OpenApiExamples.REGISTRATION)))
    @APIResponse(responseCode = "404", description = "registration-not-found (also for registrations the caller may not see)")
    public RegistrationView get(@PathParam("id") String id) {
        return RegistrationView.from(registrations.visible(id));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF })
    @Operation(summary = "Withdraw a learner from the qualification", description = "Final: a withdrawn registration cannot be changed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalRequest.class), examples = @ExampleObject(name = "moved away", value = OpenApiExamples.WITHDRAWAL)))
    @APIResponse(responseCode = "200", description = "Withdrawn; the registration with status WITHDRAWN", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "validation-failed (reason over 500 characters), invalid-idempotency-key")
    @APIResponse(responseCode = "404", description = "registration-not-found")
    @APIResponse(responseCode = "409", description = "registration-withdrawn")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    public Response withdraw(
            @Parameter(description = IDEMPOTENCY_KEY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
            @PathParam("id") String id, @Valid WithdrawalRequest request, @Context UriInfo uri) {
        String reason = request == null ? null : request.reason();
        String hash = hash(uri, answers.bytes(new WithdrawalRequest(reason)));
        return Answers.toResponse(idempotency.run(key, hash,
                () -> answers.of(200, null, RegistrationView.from(registrations.withdraw(id, reason)))));
    }

    /**
     * Access arrangements must be in place before the learner starts an assessment: test-engine-service reads
     * them when a sitting starts and keeps that copy, so a later change applies to later sittings only.
     */
    @PUT
    @Path("/{id}/access-arrangements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRE)
    @Operation(summary = "Replace the learner's access arrangements", description = """
            Set them before the learner starts an assessment: a sitting keeps the arrangements it started with.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessArrangementsRequest.class), examples = @ExampleObject(name = "extra time", value = OpenApiExamples.ACCESS_ARRANGEMENTS)))
    @APIResponse(responseCode = "200", description = "The registration with its new access arrangements")
    @APIResponse(responseCode = "400", description = "validation-failed")
    @APIResponse(responseCode = "404", description = "registration-not-found")
    @APIResponse(responseCode = "409", description = "registration-withdrawn")
    public RegistrationView changeAccessArrangements(@PathParam("id") String id,
            @NotNull @Valid AccessArrangementsRequest request) {
        return RegistrationView.from(registrations.changeAccessArrangements(id, request.toAccessArrangements()));
    }

    /** Reads and fingerprints the body in one pass: the stream is never buffered whole. */
    private Response batch(String key, InputStream body, UriInfo uri, String mediaType,
            Function<InputStream, List<BatchRow>> reader) {
        MessageDigest fingerprint = Idempotency.fingerprint("POST", uri.getPath() + " " + mediaType);
        List<BatchRow> rows = reader.apply(new DigestInputStream(body, fingerprint));
        return Answers.toResponse(idempotency.run(key, Idempotency.hex(fingerprint), () -> registrations.readPeers(rows),
                qualifications -> answers.of(200, null, registrations.registerAll(rows, qualifications))));
    }

    private static String hash(UriInfo uri, byte[] body) {
        MessageDigest fingerprint = Idempotency.fingerprint("POST", uri.getPath());
        fingerprint.update(body);
        return Idempotency.hex(fingerprint);
    }
}
