package uk.awarding.certification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import uk.awarding.certification.service.Verifications;
import uk.awarding.certification.web.CertificateDocuments;

/**
 * Public verification for employers, as a page or JSON. The client address is the one the gateway forwards
 * (X-Forwarded-For), so the rate limit applies per visitor rather than to the gateway.
 */
@Path("/verify/{number}")
@Tag(name = "Public verification")
public class VerificationResource {

    private final Verifications verifications;
    private final CertificateDocuments documents;

    VerificationResource(Verifications verifications, CertificateDocuments documents) {
        this.verifications = verifications;
        this.documents = documents;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @APIResponse(responseCode = "400", description = "validation-failed")
    @APIResponse(responseCode = "429", description = "too-many-verifications (with Retry-After)")
    public VerificationResponse verify(@PathParam("number") @Size(max = 40) String number,
            @QueryParam("familyName") @NotBlank @Size(max = 200) String familyName, @Context HttpServerRequest request) {
        return VerificationResponse.from(verifications.verify(number, familyName, clientAddress(request)));
    }

    /** Without a family name the page only asks for one. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    public String page(@PathParam("number") @Size(max = 40) String number,
            @QueryParam("familyName") @Size(max = 200) String familyName, @Context HttpServerRequest request) {
        if (familyName == null || familyName.isBlank()) {
            return documents.verificationPage(number, null, null);
        }
        return documents.verificationPage(number, familyName,
                verifications.verify(number, familyName, clientAddress(request)));
    }

    private static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() != null ? request.remoteAddress().hostAddress() : "unknown";
    }
}
