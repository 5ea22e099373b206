package io.claimtrail.claims.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
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

    /**
     * The sources service's answers are read without the strict checks of {@code StrictJson} (duplicate members,
     * UUID and text checks on every string): they guard what clients send, and the sources service wrote this answer
     * from what it accepted through the same checks. The profile of an assessment of 1,000 relations showed them at
     * about a tenth of the claims service's CPU (deploy/bench/README.md, "#14's assessment, C2 and the lookup").
     */
    @ClientObjectMapper
    static ObjectMapper trustedAnswers(ObjectMapper strict) {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** A refused token is a configuration fault, not an outage; other statuses keep the default mapping. */
    @ClientExceptionMapper
    static RuntimeException refused(Response response) {
        int status = response.getStatus();
        return status == 401 || status == 403 ? new SourcesRefused(status) : null;
    }
}
