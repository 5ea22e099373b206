package io.claimtrail.timelines.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimtrail.common.api.Batches;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a story's claims from the claims service, one page of up to 1000 per call, with a timeout, retries and a
 * circuit breaker. Override per deployment as e.g. {@code io.claimtrail.timelines.client.ClaimDirectory/story/Timeout/value}.
 * A refused token ({@link CalleeRefused}) is neither retried nor counted against the breaker: claims is up, only
 * misconfigured.
 */
@ApplicationScoped
public class ClaimDirectory {

    public static final int PAGE = 1000;

    private final ClaimsRestClient client;

    public ClaimDirectory(@RestClient ClaimsRestClient client) {
        this.client = client;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CalleeRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = CalleeRefused.class)
    public Uni<StoryPage> story(StoryQuery query) {
        return client.query(query);
    }

    /** Which of these claim ids name no claim (checked in batches of 1000). */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CalleeRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = CalleeRefused.class)
    public Uni<Set<UUID>> missing(Collection<UUID> ids) {
        List<List<UUID>> batches = Batches.of(ids, Batches.LOOKUP_SIZE);
        if (batches.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        List<Uni<JsonNode>> calls = new ArrayList<>();
        for (List<UUID> batch : batches) {
            ObjectNode request = JsonNodeFactory.instance.objectNode();
            ArrayNode list = request.putArray("ids");
            batch.forEach(id -> list.add(id.toString()));
            calls.add(client.lookup(request));
        }
        return Uni.join().all(calls).andFailFast().map(responses -> {
            Set<UUID> missing = new HashSet<>();
            responses.forEach(response -> response.path("missing").forEach(id -> missing.add(UUID.fromString(id.asText()))));
            return missing;
        });
    }
}
