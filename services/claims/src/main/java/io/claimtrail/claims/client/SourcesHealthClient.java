package io.claimtrail.claims.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The sources service's open readiness endpoint. A health check has no caller whose token it could pass on, so it
 * asks the one endpoint that needs none; a 503 (not ready) fails the call.
 */
@RegisterRestClient(configKey = "sources")
@Path("/q/health/ready")
@Produces(MediaType.APPLICATION_JSON)
public interface SourcesHealthClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Readiness(String status) {
    }

    @GET
    Uni<Readiness> ready();
}
