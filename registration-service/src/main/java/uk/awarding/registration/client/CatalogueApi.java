package uk.awarding.registration.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** catalogue-service, called with this service's own client-credentials token (role {@code service}). */
@RegisterRestClient(configKey = "catalogue")
@OidcClientFilter
@Path("/api/qualifications")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogueApi {

    @GET
    @Path("/{id}")
    CatalogueQualification qualification(@PathParam("id") String id);
}
