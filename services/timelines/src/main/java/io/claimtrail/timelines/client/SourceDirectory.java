package io.claimtrail.timelines.client;

import io.claimtrail.common.api.Batches;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads sources from the sources service in batches of 1000 ids per call, with a timeout, retries and a circuit
 * breaker. Override per deployment as e.g. {@code io.claimtrail.timelines.client.SourceDirectory/find/Timeout/value}.
 * A refused token ({@link CalleeRefused}) is neither retried nor counted against the breaker: sources is up, only
 * misconfigured.
 */
@ApplicationScoped
public class SourceDirectory {

    private final SourcesRestClient client;

    public SourceDirectory(@RestClient SourcesRestClient client) {
        this.client = client;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CalleeRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = CalleeRefused.class)
    public Uni<Map<UUID, SourceSummary>> find(Collection<UUID> ids, AsOf view) {
        List<List<UUID>> batches = Batches.of(ids, Batches.LOOKUP_SIZE);
        if (batches.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<SourcesRestClient.LookupResponse>> calls = batches.stream()
                .map(batch -> client.lookup(new SourcesRestClient.LookupRequest(batch,
                        view.day() == null ? null : view.day().toString(), view.knownAt()))).toList();
        return Uni.join().all(calls).andFailFast().map(responses -> {
            Map<UUID, SourceSummary> found = new LinkedHashMap<>();
            responses.forEach(response -> response.items().forEach(source -> found.put(source.id(), source)));
            return found;
        });
    }
}
