package io.claimtrail.timelines.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * Finds recorded claims like an article's candidates: one call to the claims service per article, with a timeout,
 * retries (the call writes nothing) and a circuit breaker. A 4xx answer (404: a claims service without claim
 * matching) is an answer, not a failure: it is neither retried nor counted against the breaker.
 */
@ApplicationScoped
public class ClaimMatcher {

    /** Claims at most this many days apart from the candidate's date are compared. */
    public static final int WINDOW_DAYS = 30;
    public static final int LIMIT = 5;

    /** The matches, or why there are none. */
    public record Outcome(ClaimMatches matches, String unavailable) {
    }

    private final ClaimsRestClient client;

    public ClaimMatcher(@RestClient ClaimsRestClient client) {
        this.client = client;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = CalleeRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, skipOn = CalleeRefused.class)
    public Uni<Outcome> similar(ClaimMatches.Request request) {
        return client.similar(request)
                .onFailure(WebApplicationException.class)
                .recoverWithItem(e -> ((WebApplicationException) e).getResponse())
                .map(ClaimMatcher::outcome);
    }

    private static Outcome outcome(Response response) {
        int status = response.getStatus();
        if (status / 100 == 2) {
            return new Outcome(response.readEntity(ClaimMatches.class), null);
        }
        if (status >= 500) {
            throw new WebApplicationException("the claims service failed (HTTP " + status + ")", status);
        }
        if (status == 404) {
            return new Outcome(null, "the claims service does not offer claim matching (POST /claims/similar "
                    + "answered 404)");
        }
        String detail = response.hasEntity() ? response.readEntity(com.fasterxml.jackson.databind.JsonNode.class)
                .path("detail").asText("") : "";
        return new Outcome(null, "the claims service refused the matching request (HTTP " + status + ")"
                + (detail.isEmpty() ? "" : ": " + detail));
    }
}
