package uk.awarding.certification.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** registration-service, called with this service's own client-credentials token (role {@code service}). */
@RegisterRestClient(configKey = "registration")
@OidcClientFilter
@Path("/api/registrations")
@Produces(MediaType.APPLICATION_JSON)
public interface RegistrationApi {

    @GET
    @Path("/{id}")
    RegistrationView registration(@PathParam("id") String id);
}
