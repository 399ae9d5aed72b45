package uk.awarding.certification.rest;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.certification.config.CertificationConfig;
import uk.awarding.certification.domain.UnitResultRules;
import uk.awarding.certification.service.UnitResults;
import uk.awarding.platform.problem.FieldError;
import uk.awarding.platform.problem.ProblemException;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;

@Path("/api")
@Tag(name = "Unit results")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token (unauthenticated)")
@APIResponse(responseCode = "403", description = "forbidden (role not allowed), centre-claim-missing")
public class UnitResultResource {

    private final UnitResults unitResults;
    private final Caller caller;
    private final Validator validator;
    private final Clock clock;
    private final String testEngineClientId;
    private final PublicLinks links;

    UnitResultResource(UnitResults unitResults, Caller caller, Validator validator, Clock clock,
            CertificationConfig config, PublicLinks links) {
        this.unitResults = unitResults;
        this.links = links;
        this.caller = caller;
        this.validator = validator;
        this.clock = clock;
        this.testEngineClientId = config.testEngineClientId();
    }

    /**
     * A test result from test-engine-service (role service; 201, or 200 with the first result when the sitting
     * was delivered before), or a centre's portfolio result (role centre; 201).
     */
    @POST
    @Path("/unit-results")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SERVICE, Roles.CENTRE })
    @Operation(summary = "Record a unit result: a centre's portfolio result, or test-engine-service's result of a marked sitting")
    @APIResponse(responseCode = "201", description = "The result was recorded; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitResultResponse.class), examples = {
            @ExampleObject(name = "portfolio", summary = "A centre's portfolio result", value = ApiExamples.PORTFOLIO_RESULT),
            @ExampleObject(name = "sitting", summary = "A sitting's result from test-engine-service", value = ApiExamples.SITTING_RESULT) }))
    @APIResponse(responseCode = "200", description = "The sitting was delivered before: the result first recorded for it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitResultResponse.class), examples = @ExampleObject(name = "sitting", value = ApiExamples.SITTING_RESULT)))
    @APIResponse(responseCode = "400", description = "validation-failed (every invalid field in errors), malformed-body")
    @APIResponse(responseCode = "404", description = "registration-not-found")
    @APIResponse(responseCode = "409", description = "unit-result-exists")
    @APIResponse(responseCode = "422", description = "invalid-unit-result (achieved in the future, before 1990 or before the learner's birth; the assessor as their own quality assurer; every broken rule in errors), unit-not-in-qualification, unit-assessed-by-test, qualification-not-found, sitting-not-found, sitting-result-mismatch")
    @APIResponse(responseCode = "503", description = "registration-unavailable, catalogue-unavailable, test-engine-unavailable")
    public Response record(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {
                    UnitResultRequest.Portfolio.class, UnitResultRequest.Sitting.class }), examples = {
                            @ExampleObject(name = "portfolio", summary = "A centre records a portfolio unit (role centre)", value = ApiExamples.PORTFOLIO_RESULT_REQUEST),
                            @ExampleObject(name = "sitting", summary = "test-engine-service delivers a marked sitting (its own client only)", value = ApiExamples.SITTING_RESULT_REQUEST) })) @NotNull UnitResultRequest request) {
        boolean fromSitting = caller.is(Roles.SERVICE) && !caller.is(Roles.CENTRE);
        if (fromSitting && !testEngineClientId.equals(caller.clientId())) {
            throw new ProblemException(403, "forbidden", "Not allowed",
                    "Only test-engine-service records test results.");
        }
        List<FieldError> errors = new ArrayList<>();
        validator.validate(request, fromSitting ? UnitResultRequest.FromSitting.class : UnitResultRequest.FromPortfolio.class)
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (request.date() == null) {
            errors.add(new FieldError("achievedOn", "must not be null"));
        }
        if (!errors.isEmpty()) {
            // One answer for everything wrong that can be known without the registration.
            errors.addAll(UnitResultRules.check(request.date(), request.assessor(), request.internalQualityAssurer(),
                    null, UnitResultRules.today(clock)));
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw ProblemException.badRequest("validation-failed", "The request is not valid",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " fields are not valid")
                    .with("errors", errors);
        }
        caller.checked();
        if (fromSitting) {
            var recorded = unitResults.recordSitting(request.registrationId(), request.unit(), request.sittingId(),
                    request.score(), request.passMark(), request.date(), caller);
            UnitResultResponse body = UnitResultResponse.from(recorded.result());
            return recorded.created() ? Response.created(location(body)).entity(body).build() : Response.ok(body).build();
        }
        UnitResultResponse body = UnitResultResponse.from(unitResults.recordPortfolio(request.registrationId(),
                request.unit(), request.assessor(), request.internalQualityAssurer(), request.outcome(), request.date(),
                caller));
        return Response.created(location(body)).entity(body).build();
    }

    /** A correction as a new result, linked to the one it corrects, with the reason (audit-logged). */
    @POST
    @Path("/unit-results/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF })
    @Operation(summary = "Correct a unit result: a new result linked to the one it corrects, with the reason (audit-logged)")
    @APIResponse(responseCode = "201", description = "The correction, now the current result; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitResultResponse.class), examples = @ExampleObject(name = "correction", value = ApiExamples.CORRECTION)))
    @APIResponse(responseCode = "400", description = "validation-failed, malformed-body")
    @APIResponse(responseCode = "404", description = "unit-result-not-found")
    @APIResponse(responseCode = "409", description = "unit-result-superseded")
    @APIResponse(responseCode = "422", description = "unit-assessed-by-test, invalid-unit-result (achieved in the future or before 1990)")
    @APIResponse(responseCode = "503", description = "registration-unavailable")
    public Response correct(@PathParam("id") @Pattern(regexp = Ids.UUID, message = "must be a UUID") String id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionRequest.class), examples = @ExampleObject(name = "correction", value = ApiExamples.CORRECTION_REQUEST))) @NotNull @Valid CorrectionRequest request) {
        UnitResultResponse body = UnitResultResponse.from(unitResults.correct(id, request.outcome(),
                request.achievedOn(), request.reason(), caller.checked()));
        return Response.created(location(body)).entity(body).build();
    }

    @GET
    @Path("/unit-results/{id}")
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF })
    @Operation(summary = "Read one unit result (the owner centre, or awarding staff)")
    @APIResponse(responseCode = "200", description = "The unit result", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitResultResponse.class), examples = @ExampleObject(name = "portfolio", value = ApiExamples.PORTFOLIO_RESULT)))
    @APIResponse(responseCode = "404", description = "unit-result-not-found")
    public UnitResultResponse get(@PathParam("id") @Pattern(regexp = Ids.UUID, message = "must be a UUID") String id) {
        return UnitResultResponse.from(unitResults.readableBy(id, caller.checked()));
    }

    /** Every result of the registration, corrections included, oldest first. */
    @GET
    @Path("/registrations/{registrationId}/unit-results")
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF })
    @Operation(summary = "List every unit result of a registration, corrected ones included, oldest first")
    @APIResponse(responseCode = "200", description = "The registration's unit results as one page {items, page, size, total}", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitResultPage.class), examples = @ExampleObject(name = "results", value = ApiExamples.UNIT_RESULT_PAGE)))
    @APIResponse(responseCode = "404", description = "registration-not-found")
    @APIResponse(responseCode = "503", description = "registration-unavailable")
    public ResultPage<UnitResultResponse> ofRegistration(
            @PathParam("registrationId") @Pattern(regexp = Ids.UUID, message = "must be a UUID") String registrationId) {
        List<UnitResultResponse> items = unitResults.ofRegistration(registrationId, caller.checked()).stream()
                .map(UnitResultResponse::from).toList();
        return new ResultPage<>(items, 0, items.size(), items.size());
    }

    /** {@code ResultPage<UnitResultResponse>} for the API document, which cannot name a generic type. */
    @Schema(name = "UnitResultPage")
    record UnitResultPage(List<UnitResultResponse> items, int page, int size, long total) {
    }

    private URI location(UnitResultResponse body) {
        return links.to("/api/unit-results/" + body.id());
    }
}
