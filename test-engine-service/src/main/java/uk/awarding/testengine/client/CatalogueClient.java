package uk.awarding.testengine.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** catalogue-service: units and their test specifications, read with this service's token. */
@RegisterRestClient(configKey = "catalogue")
@OidcClientFilter
@Path("/api/units")
public interface CatalogueClient {

    @GET
    @Path("{unitId}")
    UnitView unit(@PathParam("unitId") String unitId);

    @GET
    @Path("{unitId}/test-specification")
    TestSpecificationView testSpecification(@PathParam("unitId") String unitId);
}
