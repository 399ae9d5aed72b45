package uk.awarding.testengine.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;

/**
 * registration-service, called with this service's client-credentials token (role {@code service}). Non-blocking,
 * as every client here that a request waits on: see {@link RegistrationClient}.
 */
@RegisterRestClient(configKey = "registration")
@OidcClientFilter
@Path("/api/registrations")
public interface RegistrationApi {

    @GET
    @Path("{id}")
    Uni<RegistrationView> get(@PathParam("id") String id);
}
