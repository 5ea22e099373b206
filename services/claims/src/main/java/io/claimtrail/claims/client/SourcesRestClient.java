package io.claimtrail.claims.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sources service's batch lookup; use it through {@link SourceDirectory}, which adds the fault tolerance. Calls
 * carry the caller's own {@code Authorization} header (propagateHeaders in the shared configuration).
 */
@RegisterRestClient(configKey = "sources")
@RegisterClientHeaders
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface SourcesRestClient {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LookupRequest(List<UUID> ids, String asOf, Instant knownAt, Boolean ancestors, Boolean members) {

        LookupRequest(List<UUID> ids) {
            this(ids, null, null, null, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LookupResponse(List<SourceSummary> items, List<UUID> missing, List<SourceSummary> related) {
    }

    @POST
    @Path("/lookup")
    Uni<LookupResponse> lookup(LookupRequest request);

    /** The same lookup, each source only by id, name, reliability and affiliations (SourceSummary's other fields null). */
    @POST
    @Path("/lookup/facts")
    Uni<LookupResponse> facts(LookupRequest request);

    /** A refused token is a configuration fault, not an outage; other statuses keep the default mapping. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        int status = response.getStatus();
        return status == 401 || status == 403 ? new SourcesRefused(status) : null;
    }
}
