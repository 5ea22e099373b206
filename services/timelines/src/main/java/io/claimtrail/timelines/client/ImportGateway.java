package io.claimtrail.timelines.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrail.common.api.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The calls a story import makes to the other services. Each has a timeout. Creates carry an Idempotency-Key and are
 * retried on a failed call: the callee answers a repeated key with its first response, so nothing is created twice.
 * Other writes are not retried; the import itself is idempotent, so running it again is their retry.
 */
@ApplicationScoped
public class ImportGateway {

    private final SourcesRestClient sources;
    private final ClaimsRestClient claims;

    public ImportGateway(@RestClient SourcesRestClient sources, @RestClient ClaimsRestClient claims) {
        this.sources = sources;
        this.claims = claims;
    }

    /** The source with this slug, if any. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<Optional<JsonNode>> sourceBySlug(String slug) {
        return raw(sources.get(slug)).map(response -> optional(response, "sources"));
    }

    /** The source a name or alias refers to, if exactly one; several is a 409 problem. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<Optional<JsonNode>> resolveSource(String name) {
        return raw(sources.resolve(name)).map(response -> optional(response, "sources"));
    }

    /** Retried when the call fails: its Idempotency-Key makes the sources service answer a repeat with the first. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    public Uni<JsonNode> createSource(JsonNode source) {
        return raw(sources.create(keyOf(source), source)).map(response -> body(response, "sources"));
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public Uni<JsonNode> claimsOfSource(String sourceId, int page) {
        return claims.list(sourceId, page, 200);
    }

    /** Retried when the call fails: its Idempotency-Key makes the claims service answer a repeat with the first. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    public Uni<JsonNode> createClaim(JsonNode claim) {
        return raw(claims.create(keyOf(claim), claim)).map(response -> body(response, "claims"));
    }

    /**
     * The key of a create: the digest of what it creates, so that a retry, or the same import run again within a day,
     * repeats the key and the callee answers with what it created the first time (keys are kept per caller).
     */
    static String keyOf(JsonNode body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.toString().getBytes(StandardCharsets.UTF_8));
            return "import-" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<JsonNode> claim(String id) {
        return claims.get(id);
    }

    /** Replaces a claim's descriptive fields (PUT), e.g. to add an appearance; {@code version} is its ETag's. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<JsonNode> replaceClaim(String id, long version, JsonNode claim) {
        return raw(claims.update(id, "\"" + version + "\"", claim)).map(response -> body(response, "claims"));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<JsonNode> history(String id) {
        return claims.history(id);
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<JsonNode> transition(String id, long version, JsonNode transition) {
        return raw(claims.transition(id, "\"" + version + "\"", transition)).map(response -> body(response, "claims"));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<JsonNode> relations(String id) {
        return claims.relations(id);
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Uni<JsonNode> relate(String id, JsonNode relation) {
        return raw(claims.relate(id, relation)).map(response -> body(response, "claims"));
    }

    /** The REST client turns 4xx and 5xx answers into exceptions; here they are answers to read. */
    private static Uni<Response> raw(Uni<Response> call) {
        return call.onFailure(WebApplicationException.class)
                .recoverWithItem(e -> ((WebApplicationException) e).getResponse());
    }

    private static Optional<JsonNode> optional(Response response, String service) {
        if (response.getStatus() == 404) {
            return Optional.empty();
        }
        return Optional.of(body(response, service));
    }

    /** The body of a 2xx answer; any other answer becomes a problem that carries the callee's own detail. */
    private static JsonNode body(Response response, String service) {
        if (response.getStatus() / 100 == 2) {
            return response.readEntity(JsonNode.class);
        }
        JsonNode problem = response.hasEntity() ? response.readEntity(JsonNode.class) : null;
        String detail = problem == null ? "HTTP " + response.getStatus() : problem.path("detail").asText("HTTP " + response.getStatus());
        int status = response.getStatus() >= 500 ? 502 : response.getStatus() == 409 ? 409 : 422;
        ProblemException failure = new ProblemException(status, "The " + service + " service refused: " + detail);
        if (problem != null && problem.has("errors")) {
            failure.with("calleeErrors", problem.get("errors"));
        }
        throw failure;
    }
}
