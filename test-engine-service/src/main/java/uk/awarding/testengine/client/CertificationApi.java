package uk.awarding.testengine.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** certification-service: receives passed sittings as unit results, idempotently by sittingId. */
@RegisterRestClient(configKey = "certification")
@OidcClientFilter
@Path("/api/unit-results")
public interface CertificationApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response record(String unitResultJson);
}
