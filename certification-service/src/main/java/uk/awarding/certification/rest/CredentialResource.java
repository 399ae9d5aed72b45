package uk.awarding.certification.rest;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.certification.service.Certificates;
import uk.awarding.certification.service.Credentials;
import uk.awarding.certification.service.IssuerProfile;
import uk.awarding.certification.service.Issuers;
import uk.awarding.platform.problem.ProblemException;

/**
 * What an employer's software needs to verify a credential: the public key, the revocation list, and the profile of
 * the issuer the credential names.
 */
@Path("/")
@Tag(name = "Credential verification")
public class CredentialResource {

    private final Credentials credentials;
    private final Certificates certificates;
    private final Issuers issuers;
    private final Clock clock;

    CredentialResource(Credentials credentials, Certificates certificates, Issuers issuers, Clock clock) {
        this.credentials = credentials;
        this.certificates = certificates;
        this.issuers = issuers;
        this.clock = clock;
    }

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The public Ed25519 key that signs credentials and status lists, as a JWK set")
    @APIResponse(responseCode = "200", description = "The JWK set", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "jwks", value = ApiExamples.JWKS)))
    public String jwks() {
        return credentials.publicKeys().toString();
    }

    /** The issuer a credential names: its id is this address, so a verifier can look it up. */
    @GET
    @Path("issuers/{issuer}")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "The profile of a credential's issuer: the awarding organisation, or the platform that signs status lists")
    @APIResponse(responseCode = "200", description = "The issuer's Open Badges 3.0 Profile, whose id is this address", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuerProfile.class), examples = @ExampleObject(name = "cityAndGuilds", value = ApiExamples.ISSUER_PROFILE)))
    @APIResponse(responseCode = "400", description = "validation-failed")
    @APIResponse(responseCode = "404", description = "issuer-not-found")
    public IssuerProfile issuer(
            @Parameter(description = "The issuer's id: its name in lower case, words joined by hyphens", example = "city-and-guilds") @PathParam("issuer") @Size(max = 100) String issuer) {
        return issuers.profile(issuer).orElseThrow(() -> ProblemException.notFound("issuer-not-found",
                "No such issuer", "No credential issued here names the issuer " + issuer + "."));
    }

    /** A Bitstring Status List credential (VC-JWT): bit n set = the certificate with status index n is revoked. */
    @GET
    @Path("status-lists/{list}")
    @Produces(Credentials.MEDIA_TYPE)
    @PermitAll
    @Operation(summary = "A revocation status list: a signed Bitstring Status List credential of 131,072 entries")
    @APIResponse(responseCode = "200", description = "The status list credential (VC-JWT)", content = @Content(mediaType = Credentials.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "statusList", value = ApiExamples.VC_JWT)))
    @APIResponse(responseCode = "400", description = "validation-failed")
    public String statusList(@PathParam("list") @Min(1) @Max(1_000_000) long list) {
        return credentials.statusList(list, certificates.revokedIndexes(list), Instant.now(clock));
    }
}
