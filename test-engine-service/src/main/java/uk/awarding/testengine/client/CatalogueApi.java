package uk.awarding.testengine.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;

/** catalogue-service: units and their test specifications, read with this service's token (non-blocking). */
@RegisterRestClient(configKey = "catalogue")
@OidcClientFilter
@Path("/api/units")
public interface CatalogueApi {

    @GET
    @Path("{unitId}")
    Uni<UnitView> unit(@PathParam("unitId") String unitId);

    @GET
    @Path("{unitId}/test-specification")
    Uni<TestSpecificationView> testSpecification(@PathParam("unitId") String unitId);
}
