package io.claimtrail.claims.client;

import io.claimtrail.common.api.ProblemException;

/** The sources service could not answer (down, slow, failing, or its breaker is open): 503 with Retry-After. */
public class SourcesUnavailable extends ProblemException {

    public static final String RETRY_AFTER_SECONDS = "5";

    public SourcesUnavailable(Throwable cause) {
        super(503, "The sources service is unavailable (" + describe(cause) + "); nothing was stored, try again later");
        header("Retry-After", RETRY_AFTER_SECONDS);
        initCause(cause);
    }

    /** Wraps any failure of the sources service; a failure that already is a problem passes through. */
    public static RuntimeException of(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        return new SourcesUnavailable(failure);
    }

    private static String describe(Throwable cause) {
        String name = cause.getClass().getSimpleName();
        return switch (name) {
            case "CircuitBreakerOpenException" -> "circuit breaker open after repeated failures";
            case "TimeoutException" -> "no answer in time";
            default -> cause.getMessage() == null ? name : name + ": " + cause.getMessage();
        };
    }
}
