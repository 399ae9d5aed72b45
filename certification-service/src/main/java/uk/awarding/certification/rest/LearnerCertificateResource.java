package uk.awarding.certification.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.certification.service.CertificateView;
import uk.awarding.certification.service.Certificates;
import uk.awarding.platform.rest.ResultPage;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;

/**
 * A learner's own certificates: the learner is the {@code candidate} token's ULN, never a parameter, so nobody can
 * list another learner's. Each one's PDF and credential are at {@code /api/certificates/{number}/pdf} and
 * {@code /credential}.
 */
@Path("/api/certificates")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid token (unauthenticated)")
@APIResponse(responseCode = "403", description = "forbidden (not a candidate token), no-candidate-identity (no uln claim)")
public class LearnerCertificateResource {

    private final Certificates certificates;
    private final Caller caller;

    LearnerCertificateResource(Certificates certificates, Caller caller) {
        this.certificates = certificates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "List the signed-in learner's own certificates, newest first, with their status")
    @APIResponse(responseCode = "200", description = "One page of the learner's certificates {items, page, size, total}, replacements and revoked ones included", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificatePage.class), examples = @ExampleObject(name = "mine", value = ApiExamples.LEARNER_CERTIFICATES)))
    @APIResponse(responseCode = "400", description = "validation-failed")
    public ResultPage<CertificateView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return certificates.heldBy(caller.requireUln(), page, size);
    }

    /** {@code ResultPage<CertificateView>} for the API document, which cannot name a generic type. */
    @Schema(name = "CertificatePage")
    record CertificatePage(List<CertificateView> items, int page, int size, long total) {
    }
}
