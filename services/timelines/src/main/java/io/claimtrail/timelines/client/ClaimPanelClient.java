package io.claimtrail.timelines.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The reads of one claim that the story page's claim panel shows; use it through {@link ClaimPanels}. Every call
 * carries the caller's own {@code Authorization} header, like {@link ClaimsRestClient}.
 */
@RegisterRestClient(configKey = "claims")
@RegisterClientHeaders
@Path("/claims/{id}")
@Produces(MediaType.APPLICATION_JSON)
interface ClaimPanelClient {

    @GET
    Uni<JsonNode> claim(@PathParam("id") String id, @QueryParam("asOf") String asOf,
            @QueryParam("knownAt") String knownAt);

    @GET
    @Path("/history")
    Uni<JsonNode> history(@PathParam("id") String id, @QueryParam("asOf") String asOf,
            @QueryParam("knownAt") String knownAt);

    @GET
    @Path("/relations")
    Uni<JsonNode> relations(@PathParam("id") String id, @QueryParam("asOf") String asOf,
            @QueryParam("knownAt") String knownAt);

    @GET
    @Path("/assessment")
    Uni<JsonNode> assessment(@PathParam("id") String id, @QueryParam("asOf") String asOf,
            @QueryParam("knownAt") String knownAt);

    /** A refused token is a configuration fault, not an outage; other statuses keep the default mapping. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return CalleeRefused.of("claims", response.getStatus());
    }
}
