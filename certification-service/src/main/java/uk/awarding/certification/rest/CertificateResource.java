package uk.awarding.certification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.certification.service.CertificateView;
import uk.awarding.certification.service.Certificates;
import uk.awarding.certification.service.Credentials;
import uk.awarding.certification.web.CertificateDocuments;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;

/**
 * Certificates for the owner centre, awarding-organisation staff and the learner they name (a {@code candidate} token's
 * ULN), as JSON, an HTML page, a PDF or a credential. Replacing and revoking are not the learner's to do.
 */
@Path("/api/certificates/{number}")
@Tag(name = "Certificates")
@APIResponse(responseCode = "401", description = "No valid token (unauthenticated)")
@APIResponse(responseCode = "403", description = "forbidden (role not allowed), centre-claim-missing, no-candidate-identity")
public class CertificateResource {

    static final String PDF = "application/pdf";

    private final Certificates certificates;
    private final Credentials credentials;
    private final CertificateDocuments documents;
    private final Caller caller;

    private final PublicLinks links;

    CertificateResource(Certificates certificates, Credentials credentials, CertificateDocuments documents,
            Caller caller, PublicLinks links) {
        this.certificates = certificates;
        this.credentials = credentials;
        this.documents = documents;
        this.caller = caller;
        this.links = links;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF, Roles.CANDIDATE })
    @Operation(summary = "Read a certificate as JSON, an HTML page or a PDF, by the Accept header")
    @APIResponse(responseCode = "200", description = "The certificate, exactly as printed, with its status", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class), examples = @ExampleObject(name = "full", value = ApiExamples.CERTIFICATE)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "404", description = "certificate-not-found")
    public CertificateView get(@PathParam("number") String number) {
        return certificates.readableBy(number, caller.checked());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF, Roles.CANDIDATE })
    public String page(@PathParam("number") String number) {
        return documents.html(certificates.readableBy(number, caller.checked()));
    }

    @GET
    @Produces(PDF)
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF, Roles.CANDIDATE })
    public Response pdf(@PathParam("number") String number) {
        CertificateView certificate = certificates.readableBy(number, caller.checked());
        return Response.ok(documents.pdf(certificate), PDF)
                .header("Content-Disposition", "inline; filename=\"certificate-" + certificate.number() + ".pdf\"")
                .build();
    }

    /** The same PDF at its own address, for links and browsers that cannot choose the Accept header. */
    @GET
    @Path("/pdf")
    @Produces(PDF)
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF, Roles.CANDIDATE })
    @Operation(summary = "Download a certificate as a PDF")
    @APIResponse(responseCode = "200", description = "The printable certificate (A4, fonts embedded)", content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "certificate-not-found")
    public Response pdfDocument(@PathParam("number") String number) {
        return pdf(number);
    }

    /** The certificate as a signed VC-JWT (Open Badges 3.0 OpenBadgeCredential). */
    @GET
    @Path("/credential")
    @Produces(Credentials.MEDIA_TYPE)
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF, Roles.CANDIDATE })
    @Operation(summary = "Download a certificate as a verifiable credential (Open Badges 3.0, VC-JWT signed with Ed25519)")
    @APIResponse(responseCode = "200", description = "The signed credential; verify it with /.well-known/jwks.json", content = @Content(mediaType = Credentials.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "credential", value = ApiExamples.VC_JWT)))
    @APIResponse(responseCode = "404", description = "certificate-not-found")
    public String credential(@PathParam("number") String number) {
        return credentials.credential(certificates.readableBy(number, caller.checked()));
    }

    /** A new certificate marked REPLACEMENT and linked to this one; this one stays valid. */
    @POST
    @Path("/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CENTRE, Roles.STAFF })
    @Operation(summary = "Issue a replacement certificate: a new number, marked REPLACEMENT; the original stays valid")
    @APIResponse(responseCode = "201", description = "The replacement; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class), examples = @ExampleObject(name = "replacement", value = ApiExamples.REPLACEMENT)))
    @APIResponse(responseCode = "400", description = "validation-failed")
    @APIResponse(responseCode = "404", description = "certificate-not-found")
    @APIResponse(responseCode = "409", description = "certificate-revoked")
    public Response replace(@PathParam("number") String number,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRequest.class), examples = @ExampleObject(name = "lost", value = ApiExamples.REPLACEMENT_REQUEST))) @NotNull @Valid ReasonRequest request) {
        CertificateView replacement = certificates.replace(number, request.reason(), caller.checked());
        return Response.created(links.to("/api/certificates/" + replacement.number())).entity(replacement).build();
    }

    /** Revokes the certificate and its replacements (e.g. for malpractice); shows in the status list. */
    @POST
    @Path("/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Revoke a certificate and every replacement of it (e.g. for malpractice); published in the status list")
    @APIResponse(responseCode = "200", description = "The certificate, now revoked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class), examples = @ExampleObject(name = "revoked", value = ApiExamples.REVOKED)))
    @APIResponse(responseCode = "400", description = "validation-failed")
    @APIResponse(responseCode = "404", description = "certificate-not-found")
    @APIResponse(responseCode = "409", description = "certificate-revoked")
    public CertificateView revoke(@PathParam("number") String number,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReasonRequest.class), examples = @ExampleObject(name = "malpractice", value = ApiExamples.REVOCATION_REQUEST))) @NotNull @Valid ReasonRequest request) {
        return certificates.revoke(number, request.reason(), caller.checked());
    }
}
