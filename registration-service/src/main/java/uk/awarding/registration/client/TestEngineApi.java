package uk.awarding.registration.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * test-engine-service, called with this service's own client-credentials token (role {@code service}): receives
 * withdrawals, idempotently by registrationId.
 */
@RegisterRestClient(configKey = "test-engine")
@OidcClientFilter
@Path("/api/registration-withdrawals")
public interface TestEngineApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response recordWithdrawal(String withdrawalJson);
}
