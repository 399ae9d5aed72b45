package uk.awarding.testengine.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * registration-service called with the candidate's own access token: only a {@code candidate} token lists that
 * candidate's registrations (docs/architecture.md), the service token may read one registration but not list them.
 */
@RegisterRestClient(configKey = "registration")
@Path("/api/registrations")
public interface CandidateRegistrationsApi {

    @GET
    Uni<RegistrationPage> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("status") String status, @QueryParam("size") int size);
}
