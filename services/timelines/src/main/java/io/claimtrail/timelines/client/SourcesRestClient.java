package io.claimtrail.timelines.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import io.claimtrail.common.idempotency.Idempotency;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sources service; use it through {@link SourceDirectory} or {@link ImportGateway}, which add the fault tolerance.
 * Every call carries the caller's own {@code Authorization} header (propagateHeaders in the shared configuration).
 */
@RegisterRestClient(configKey = "sources")
@RegisterClientHeaders
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface SourcesRestClient {

    /** asOf (a day) and knownAt: each source as recorded then, with its reliability rating in force that day. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LookupRequest(List<UUID> ids, String asOf, Instant knownAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LookupResponse(List<SourceSummary> items, List<UUID> missing) {
    }

    @POST
    @Path("/lookup")
    Uni<LookupResponse> lookup(LookupRequest request);

    /** The speakers of one article matched to sources in one call; see {@link SpeakerMatcher}. */
    @POST
    @Path("/match")
    Uni<SpeakerMatches> match(SpeakerMatches.Request request);

    /** Raw responses: 404 and 409 are answers here, not failures. */
    @GET
    @Path("/{idOrSlug}")
    Uni<Response> get(@PathParam("idOrSlug") String idOrSlug);

    @GET
    @Path("/resolve")
    Uni<Response> resolve(@QueryParam("name") String name);

    /** A retry with the same Idempotency-Key answers the first response; nothing is created twice. */
    @POST
    Uni<Response> create(@HeaderParam(Idempotency.HEADER) String idempotencyKey, JsonNode source);

    /** A refused token is a configuration fault, not an outage; other statuses keep the default mapping. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        return CalleeRefused.of("sources", response.getStatus());
    }
}
