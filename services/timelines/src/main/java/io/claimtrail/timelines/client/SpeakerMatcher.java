package io.claimtrail.timelines.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * Matches an article's speakers to sources: one call to the sources service per article, with a timeout, retries
 * (the call writes nothing) and a circuit breaker. Override per deployment as e.g.
 * {@code io.claimtrail.timelines.client.SpeakerMatcher/match/Timeout/value}.
 */
@ApplicationScoped
public class SpeakerMatcher {

    private final SourcesRestClient client;

    public SpeakerMatcher(@RestClient SourcesRestClient client) {
        this.client = client;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CalleeRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = CalleeRefused.class)
    public Uni<SpeakerMatches> match(SpeakerMatches.Request request) {
        return client.match(request);
    }
}
