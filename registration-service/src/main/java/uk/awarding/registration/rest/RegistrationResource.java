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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Roles;
import uk.awarding.registration.domain.NewRegistration;
import uk.awarding.registration.domain.RegistrationStatus;
import uk.awarding.registration.service.BatchRow;
import uk.awarding.registration.service.Idempotency;
import uk.awarding.registration.service.Registered;
import uk.awarding.registration.service.Registrations;

@Path("/api/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Learners registered by centres on qualifications")
public class RegistrationResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String CSV = "text/csv";

    private final Registrations registrations;
    private final Idempotency idempotency;
    private final Answers answers;
    private final BatchReader batches;

    public RegistrationResource(Registrations registrations, Idempotency idempotency, Answers answers,
            BatchReader batches) {
        this.registrations = registrations;
        this.idempotency = idempotency;
        this.answers = answers;
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRE)
    @APIResponse(responseCode = "201", description = "Registered; Location names the registration")
    @APIResponse(responseCode = "400", description = "validation-failed, malformed-body, invalid-idempotency-key")
    @APIResponse(responseCode = "403", description = "centre-not-approved, unknown-centre, centre-claim-missing")
    @APIResponse(responseCode = "409", description = "duplicate-registration, concurrent-change")
    @APIResponse(responseCode = "422", description = "unknown-qualification, qualification-not-open, below-minimum-age, idempotency-key-reused")
    @APIResponse(responseCode = "503", description = "catalogue-unavailable")
    public Response register(@HeaderParam(IDEMPOTENCY_KEY) String key, @NotNull @Valid RegistrationRequest request,
            @Context UriInfo uri) {
        String hash = hash(uri, answers.bytes(request));
        NewRegistration registration = request.toNewRegistration();
        return Answers.toResponse(idempotency.run(key, hash, () -> registrations.readPeers(registration),
                qualification -> {
                    Registered registered = registrations.register(registration, qualification);
                    var view = RegistrationView.from(registered.registration(), registered.learnerMismatches());
                    return answers.of(201, uri.getAbsolutePathBuilder().path(view.id()).build(), view);
                }));
    }

    @POST
    @Path("/batch")
    @Consumes(CSV)
    @RolesAllowed(Roles.CENTRE)
    @APIResponse(responseCode = "200", description = "Every row registered; the report lists each row's id")
    @APIResponse(responseCode = "400", description = "batch-empty, csv-header-invalid, malformed-body")
    @APIResponse(responseCode = "413", description = "batch-too-large")
    @APIResponse(responseCode = "422", description = "batch-rejected (with the report of every row; nothing registered), idempotency-key-reused")
    @APIResponse(responseCode = "503", description = "catalogue-unavailable")
    public Response registerCsv(@HeaderParam(IDEMPOTENCY_KEY) String key, InputStream body, @Context UriInfo uri) {
        return batch(key, body, uri, CSV, batches::csv);
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CENTRE)
    @APIResponse(responseCode = "200", description = "Every element registered; the report lists each row's id")
    @APIResponse(responseCode = "400", description = "batch-empty, malformed-body")
    @APIResponse(responseCode = "413", description = "batch-too-large")
    @APIResponse(responseCode = "422", description = "batch-rejected (with the report of every row; nothing registered), idempotency-key-reused")
    @APIResponse(responseCode = "503", description = "catalogue-unavailable")
    public Response registerJson(@HeaderParam(IDEMPOTENCY_KEY) String key, InputStream body, @Context UriInfo uri) {
        return batch(key, body, uri, MediaType.APPLICATION_JSON, batches::json);
    }

    @GET
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF, Roles.CANDIDATE })
    @APIResponse(responseCode = "400", description = "validation-failed (page, size, status)")
    public ResultPage<RegistrationView> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("uln") String uln, @QueryParam("qualificationId") String qualificationId,
            @QueryParam("status") @Pattern(regexp = "ACTIVE|WITHDRAWN", message = "must be ACTIVE or WITHDRAWN") String status) {
        Paging paging = Paging.of(page, size);
        return registrations.page(uln, qualificationId, status == null ? null : RegistrationStatus.valueOf(status),
                paging.page(), paging.size()).map(RegistrationView::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF, Roles.CANDIDATE, Roles.SERVICE })
    @APIResponse(responseCode = "404", description = "registration-not-found (also for registrations the caller may not see)")
    public RegistrationView get(@PathParam("id") String id) {
        return RegistrationView.from(registrations.visible(id));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF })
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "registration-not-found")
    @APIResponse(responseCode = "409", description = "registration-withdrawn")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    public Response withdraw(@HeaderParam(IDEMPOTENCY_KEY) String key, @PathParam("id") String id,
            @Valid WithdrawalRequest request, @Context UriInfo uri) {
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
