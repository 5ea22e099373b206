package io.claimtrail.timelines.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import io.claimtrail.common.idempotency.Idempotency;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The claims service; use it through {@link ClaimDirectory} or {@link ImportGateway}, which add the fault tolerance.
 * Every call carries the caller's own {@code Authorization} header (propagateHeaders in the shared configuration).
 */
@RegisterRestClient(configKey = "claims")
@RegisterClientHeaders
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface ClaimsRestClient {

    @POST
    @Path("/query")
    Uni<StoryPage> query(StoryQuery query);

    @POST
    @Path("/lookup")
    Uni<JsonNode> lookup(JsonNode request);

    @GET
    Uni<JsonNode> list(@QueryParam("sourceId") String sourceId, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** A retry with the same Idempotency-Key answers the first response; nothing is created twice. */
    @POST
    Uni<Response> create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, JsonNode claim);

    @GET
    @Path("/{id}")
    Uni<JsonNode> get(@PathParam("id") String id);

    /** Raw: a 404 means the claims service has no claim matching yet, an answer rather than a failure. */
    @POST
    @Path("/similar")
    Uni<Response> similar(ClaimMatches.Request request);

    @PUT
    @Path("/{id}")
    Uni<Response> update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode claim);

    @GET
    @Path("/{id}/history")
    Uni<JsonNode> history(@PathParam("id") String id);

    @POST
    @Path("/{id}/transitions")
    Uni<Response> transition(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode transition);

    @GET
    @Path("/{id}/relations")
    Uni<JsonNode> relations(@PathParam("id") String id);

    @POST
    @Path("/{id}/relations")
    Uni<Response> relate(@PathParam("id") String id, JsonNode relation);

    /** A refused token is a configuration fault, not an outage; other statuses keep the default mapping. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return CalleeRefused.of("claims", response.getStatus());
    }
}
