package uk.awarding.certification.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** test-engine-service, called with this service's own client-credentials token (role {@code service}). */
@RegisterRestClient(configKey = "test-engine")
@OidcClientFilter
@Path("/api/sittings")
@Produces(MediaType.APPLICATION_JSON)
public interface TestEngineApi {

    @GET
    @Path("/{id}/unit-result")
    SittingResultView unitResult(@PathParam("id") String sittingId);
}
