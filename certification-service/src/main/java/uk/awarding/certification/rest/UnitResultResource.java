package uk.awarding.certification.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
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

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    UnitResultResource(UnitResults unitResults, Caller caller, Validator validator) {
        this.unitResults = unitResults;
        this.caller = caller;
        this.validator = validator;
    }

    /**
     * A test result from test-engine-service (role service; 201, or 200 with the first result when the sitting
     * was delivered before), or a centre's portfolio result (role centre; 201).
     */
    @POST
    @Path("/unit-results")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.SERVICE, Roles.CENTRE })
    @APIResponse(responseCode = "400", description = "validation-failed, malformed-body")
    @APIResponse(responseCode = "404", description = "registration-not-found")
    @APIResponse(responseCode = "409", description = "unit-result-exists")
    @APIResponse(responseCode = "422", description = "unit-not-in-qualification, unit-assessed-by-test, qualification-not-found")
    @APIResponse(responseCode = "503", description = "registration-unavailable, catalogue-unavailable")
    public Response record(@NotNull UnitResultRequest request) {
        boolean fromSitting = caller.is(Roles.SERVICE) && !caller.is(Roles.CENTRE);
        var violations = validator.validate(request,
                fromSitting ? UnitResultRequest.FromSitting.class : UnitResultRequest.FromPortfolio.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (request.date() == null) {
            throw ProblemException.badRequest("validation-failed", "The request is not valid",
                    "achievedOn: must not be null").with("errors", List.of(new FieldError("achievedOn", "must not be null")));
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
    @APIResponse(responseCode = "400", description = "validation-failed, malformed-body")
    @APIResponse(responseCode = "404", description = "unit-result-not-found")
    @APIResponse(responseCode = "409", description = "unit-result-superseded")
    @APIResponse(responseCode = "422", description = "unit-assessed-by-test")
    @APIResponse(responseCode = "503", description = "registration-unavailable")
    public Response correct(@PathParam("id") @Pattern(regexp = Ids.UUID, message = "must be a UUID") String id,
            @NotNull @Valid CorrectionRequest request) {
        UnitResultResponse body = UnitResultResponse.from(unitResults.correct(id, request.outcome(),
                request.achievedOn(), request.reason(), caller.checked()));
        return Response.created(location(body)).entity(body).build();
    }

    @GET
    @Path("/unit-results/{id}")
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF })
    @APIResponse(responseCode = "404", description = "unit-result-not-found")
    public UnitResultResponse get(@PathParam("id") @Pattern(regexp = Ids.UUID, message = "must be a UUID") String id) {
        return UnitResultResponse.from(unitResults.readableBy(id, caller.checked()));
    }

    /** Every result of the registration, corrections included, oldest first. */
    @GET
    @Path("/registrations/{registrationId}/unit-results")
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF })
    @APIResponse(responseCode = "404", description = "registration-not-found")
    @APIResponse(responseCode = "503", description = "registration-unavailable")
    public ResultPage<UnitResultResponse> ofRegistration(
            @PathParam("registrationId") @Pattern(regexp = Ids.UUID, message = "must be a UUID") String registrationId) {
        List<UnitResultResponse> items = unitResults.ofRegistration(registrationId, caller.checked()).stream()
                .map(UnitResultResponse::from).toList();
        return new ResultPage<>(items, 0, items.size(), items.size());
    }

    private static URI location(UnitResultResponse body) {
        return URI.create("/api/unit-results/" + body.id());
    }
}
