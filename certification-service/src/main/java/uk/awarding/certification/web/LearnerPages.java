package uk.awarding.certification.web;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import uk.awarding.certification.config.CertificationConfig;
import uk.awarding.certification.service.CertificateView;
import uk.awarding.certification.service.Certificates;
import uk.awarding.certification.service.Credentials;
import uk.awarding.platform.security.Caller;
import uk.awarding.platform.security.Roles;

/**
 * The learner's own pages: their certificates, each to download as a PDF and as a verifiable credential. The learner
 * signs in at Keycloak (authorization code flow, OIDC tenant {@code web}) and is the {@link Caller}'s ULN, read from
 * the access token as the API reads it from a bearer token; a certificate of anybody else answers like a missing one.
 * Plain HTML with no script, so the pages work with JavaScript off; every link comes from the configured public
 * address.
 */
@Path("/")
@Tag(name = "Learner pages", description = "The learner's own certificates, after signing in")
public class LearnerPages {

    static final String PDF = "application/pdf";
    /** All of a learner's certificates fit one page: a learner holds a handful. */
    static final int MOST = 100;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance certificates(String name, List<CertificateView> certificates, long total,
                Links links);

        static native TemplateInstance notALearner(String name, Links links);

        static native TemplateInstance signedOut(Links links);
    }

    /** The addresses a page links to, from the configured public addresses. */
    public record Links(String base, String stylesheet, String verify) {
    }

    private final Certificates certificates;
    private final Credentials credentials;
    private final CertificateDocuments documents;
    private final Caller caller;
    private final Links links;

    LearnerPages(Certificates certificates, Credentials credentials, CertificateDocuments documents, Caller caller,
            CertificationConfig config) {
        this.certificates = certificates;
        this.credentials = credentials;
        this.documents = documents;
        this.caller = caller;
        this.links = new Links(config.publicBaseUrl(), config.publicBaseUrl() + "/verification.css",
                config.publicVerifyUrl());
    }

    /**
     * Anyone signed in reaches the page; an account that is not a learner's (staff, a centre) is told so and offered
     * a sign-out to switch account, rather than a bare 403.
     */
    @GET
    @Path("my-certificates")
    @Produces(MediaType.TEXT_HTML)
    @Authenticated
    @Operation(summary = "The signed-in learner's certificates, each with links to download its PDF and credential")
    @APIResponse(responseCode = "200", description = "The page listing the learner's certificates, newest first", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response certificatesPage() {
        if (!caller.is(Roles.CANDIDATE)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.notALearner(caller.name(), links).render()).build();
        }
        var mine = certificates.heldBy(caller.requireUln(), 0, MOST);
        return Response.ok(Templates.certificates(caller.name(), mine.items(), mine.total(), links).render(),
                MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("my-certificates/{number}/pdf")
    @Produces(PDF)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Download one of the signed-in learner's certificates as a PDF")
    @APIResponse(responseCode = "200", description = "The printable certificate (A4, fonts embedded), as a download", content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "certificate-not-found (also for another learner's certificate)")
    public Response pdf(@PathParam("number") String number) {
        CertificateView certificate = certificates.readableBy(number, caller);
        return download(documents.pdf(certificate), PDF, "certificate-" + certificate.number() + ".pdf");
    }

    @GET
    @Path("my-certificates/{number}/credential")
    @Produces(Credentials.MEDIA_TYPE)
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(summary = "Download one of the signed-in learner's certificates as a verifiable credential (VC-JWT)")
    @APIResponse(responseCode = "200", description = "The signed Open Badges 3.0 credential, as a download", content = @Content(mediaType = Credentials.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "certificate-not-found (also for another learner's certificate)")
    public Response credential(@PathParam("number") String number) {
        CertificateView certificate = certificates.readableBy(number, caller);
        return download(credentials.credential(certificate), Credentials.MEDIA_TYPE,
                "certificate-" + certificate.number() + ".jwt");
    }

    /**
     * Where Keycloak sends the browser after sign-out: public, since the session has ended here and at Keycloak.
     */
    @GET
    @Path("signed-out")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(summary = "Confirms the learner's sign-out and offers to sign in again")
    @APIResponse(responseCode = "200", description = "The signed-out page", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public String signedOutPage() {
        return Templates.signedOut(links).render();
    }

    private static Response download(Object body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
