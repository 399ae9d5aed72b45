package uk.awarding.certification.rest;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.awarding.certification.service.Certificates;
import uk.awarding.certification.service.Credentials;

/** What an employer's software needs to verify a credential offline: the public key and the revocation list. */
@Path("/")
@Tag(name = "Credential verification")
public class CredentialResource {

    private final Credentials credentials;
    private final Certificates certificates;
    private final Clock clock;

    CredentialResource(Credentials credentials, Certificates certificates, Clock clock) {
        this.credentials = credentials;
        this.certificates = certificates;
        this.clock = clock;
    }

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    public String jwks() {
        return credentials.publicKeys().toString();
    }

    /** A Bitstring Status List credential (VC-JWT): bit n set = the certificate with status index n is revoked. */
    @GET
    @Path("status-lists/{list}")
    @Produces(Credentials.MEDIA_TYPE)
    @PermitAll
    @APIResponse(responseCode = "400", description = "validation-failed")
    public String statusList(@PathParam("list") @Min(1) @Max(1_000_000) long list) {
        return credentials.statusList(list, certificates.revokedIndexes(list), Instant.now(clock));
    }
}
