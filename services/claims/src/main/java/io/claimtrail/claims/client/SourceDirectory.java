package io.claimtrail.claims.client;

import io.claimtrail.common.api.ServiceUnavailable;
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
import java.util.function.Function;

/**
 * Finds sources in the sources service, in batches of at most 1000 ids per call, with a timeout, retries and a
 * circuit breaker. Fails with the underlying error; callers turn that into a {@link ServiceUnavailable}. A refused token
 * ({@link SourcesRefused}) is neither retried nor counted against the breaker: sources is up, only misconfigured.
 * Settings can be overridden per deployment, e.g. {@code SourceDirectory/find/Timeout/value=2000}.
 */
@ApplicationScoped
public class SourceDirectory {

    private final SourcesRestClient client;

    public SourceDirectory(@RestClient SourcesRestClient client) {
        this.client = client;
    }

    /** The sources with these ids; ids that name no source are absent from the map. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = { ServiceUnavailable.class, SourcesRefused.class })
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = SourcesRefused.class)
    public Uni<Map<UUID, SourceSummary>> find(Collection<UUID> ids) {
        List<List<UUID>> batches = Batches.of(ids, Batches.LOOKUP_SIZE);
        if (batches.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<SourcesRestClient.LookupResponse>> calls = batches.stream()
                .map(batch -> client.lookup(new SourcesRestClient.LookupRequest(batch))).toList();
        return Uni.join().all(calls).andFailFast().map(responses -> {
            Map<UUID, SourceSummary> found = new LinkedHashMap<>();
            responses.forEach(response -> response.items().forEach(source -> found.put(source.id(), source)));
            return found;
        });
    }

    /**
     * The sources with these ids as the view sees them (each rated as of its day, as recorded at its moment), and
     * every source they are affiliated with ({@code up}) or that is affiliated with them ({@code down}), at any depth,
     * in one call per 1000 ids.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = { ServiceUnavailable.class, SourcesRefused.class })
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = SourcesRefused.class)
    public Uni<Map<UUID, SourceSummary>> network(Collection<UUID> ids, AsOf view, boolean up, boolean down) {
        return network(ids, view, up, down, client::lookup);
    }

    /**
     * As {@link #network}, each source only by its id, name, reliability and affiliations (the other fields of
     * {@link SourceSummary} null): a tenth of the bytes, for callers that weigh a thousand sources (assessments,
     * roll-ups).
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = { ServiceUnavailable.class, SourcesRefused.class })
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = SourcesRefused.class)
    public Uni<Map<UUID, SourceSummary>> facts(Collection<UUID> ids, AsOf view, boolean up, boolean down) {
        return network(ids, view, up, down, client::facts);
    }

    private static Uni<Map<UUID, SourceSummary>> network(Collection<UUID> ids, AsOf view, boolean up, boolean down,
            Function<SourcesRestClient.LookupRequest, Uni<SourcesRestClient.LookupResponse>> call) {
        List<List<UUID>> batches = Batches.of(ids, Batches.LOOKUP_SIZE);
        if (batches.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String day = view.day() == null ? null : view.day().toString();
        List<Uni<SourcesRestClient.LookupResponse>> calls = batches.stream()
                .map(batch -> call.apply(new SourcesRestClient.LookupRequest(batch, day, view.knownAt(),
                        up ? Boolean.TRUE : null, down ? Boolean.TRUE : null))).toList();
        return Uni.join().all(calls).andFailFast().map(responses -> {
            Map<UUID, SourceSummary> found = new LinkedHashMap<>();
            responses.forEach(response -> {
                response.items().forEach(source -> found.put(source.id(), source));
                if (response.related() != null) {
                    response.related().forEach(source -> found.putIfAbsent(source.id(), source));
                }
            });
            return found;
        });
    }
}
