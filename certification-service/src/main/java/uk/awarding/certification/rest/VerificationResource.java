package uk.awarding.certification.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import uk.awarding.certification.config.CertificationConfig;
import uk.awarding.certification.domain.CertificateNumbers;
import uk.awarding.certification.service.Verifications;
import uk.awarding.certification.web.CertificateDocuments;

/**
 * Public verification for employers, as a page or JSON. A number that is not well formed never reaches a page (it is
 * neither shown nor used in a link), and every link and form action is built from the configured public address,
 * never from the request. The client address is the peer's, or the gateway's X-Forwarded-For when the peer is the
 * gateway (quarkus.http.proxy.trusted-proxies), so the rate limit applies per visitor rather than to the gateway.
 */
@Path("/verify")
@Tag(name = "Public verification")
public class VerificationResource {

    private final Verifications verifications;
    private final CertificateDocuments documents;
    private final String verifyUrl;

    VerificationResource(Verifications verifications, CertificateDocuments documents, CertificationConfig config) {
        this.verifications = verifications;
        this.documents = documents;
        this.verifyUrl = config.publicVerifyUrl();
    }

    /** The start page asks for the number and the family name; a filled-in form goes on to the number's own page. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(summary = "Start a verification: a form for the certificate number and the holder's family name")
    @APIResponse(responseCode = "200", description = "The form, with a message when the number typed is not a certificate number", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "303", description = "A well-formed number: on to its verification page, /verify/{number}?familyName=")
    public Response start(
            @Parameter(description = "The certificate number as typed (spaces, hyphens and lower case allowed)", example = "7kq4-m9tx-2hpc-a") @QueryParam("number") @Size(max = 40) String number,
            @Parameter(description = "The holder's family name", example = "Okafor") @QueryParam("familyName") @Size(max = 200) String familyName) {
        if (number == null || number.isBlank()) {
            return Response.ok(documents.verificationStart(false)).build();
        }
        Optional<String> canonical = CertificateNumbers.normalise(number);
        if (canonical.isEmpty()) {
            return Response.ok(documents.verificationStart(true)).build();
        }
        String query = familyName == null || familyName.isBlank() ? ""
                : "?familyName=" + URLEncoder.encode(familyName, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(verifyUrl + "/" + canonical.get() + query)).build();
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Verify a certificate by its number and the holder's family name (JSON)")
    @APIResponse(responseCode = "200", description = "The verdict; the certificate as printed only when number and family name match", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationResponse.class), examples = {
            @ExampleObject(name = "valid", summary = "Number and family name match", value = ApiExamples.VALID_VERIFICATION),
            @ExampleObject(name = "unknown", summary = "No certificate with this number and family name", value = ApiExamples.UNKNOWN_VERIFICATION) }))
    @APIResponse(responseCode = "400", description = "validation-failed (no familyName)")
    @APIResponse(responseCode = "429", description = "too-many-verifications (with Retry-After)")
    public VerificationResponse verify(
            @Parameter(description = "The certificate number", example = "7KQ4M9TX2HPCA") @PathParam("number") @Size(max = 40) String number,
            @Parameter(description = "The holder's family name; case, accents, apostrophes and hyphens do not matter", example = "Okafor") @QueryParam("familyName") @NotBlank @Size(max = 200) String familyName,
            @Context HttpServerRequest request) {
        return VerificationResponse.from(verifications.verify(number, familyName, clientAddress(request)));
    }

    /** Without a family name the page only asks for one; a malformed number gets the start page with a message. */
    @GET
    @Path("{number}")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(summary = "Verify a certificate by its number and the holder's family name (page)")
    @APIResponse(responseCode = "200", description = "The verdict page, or the form when no family name was given", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "429", description = "too-many-verifications (with Retry-After)")
    public String page(@PathParam("number") @Size(max = 40) String number,
            @QueryParam("familyName") @Size(max = 200) String familyName, @Context HttpServerRequest request) {
        Optional<String> canonical = CertificateNumbers.normalise(number);
        if (canonical.isEmpty()) {
            return documents.verificationStart(true);
        }
        if (familyName == null || familyName.isBlank()) {
            return documents.verificationPage(canonical.get(), null, null);
        }
        return documents.verificationPage(canonical.get(), familyName,
                verifications.verify(canonical.get(), familyName, clientAddress(request)));
    }

    private static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() != null ? request.remoteAddress().hostAddress() : "unknown";
    }
}
