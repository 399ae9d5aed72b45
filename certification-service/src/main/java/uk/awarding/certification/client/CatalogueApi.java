package uk.awarding.certification.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
    QualificationView qualification(@PathParam("id") String id);

    @POST
    @Path("/{id}/achievement")
    @Consumes(MediaType.APPLICATION_JSON)
    AchievementView achievement(@PathParam("id") String id, AchievementRequest request);
}
