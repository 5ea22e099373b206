package io.claimtrail.common.api;

/** Another service could not answer (down, slow, failing, or its breaker is open): 503 with Retry-After. */
public class ServiceUnavailable extends ProblemException {

    public static final String RETRY_AFTER_SECONDS = "5";

    public ServiceUnavailable(String service, Throwable cause) {
        super(503, "The " + service + " service is unavailable (" + describe(cause) + "); nothing was stored, try again later");
        header("Retry-After", RETRY_AFTER_SECONDS);
        initCause(cause);
    }

    /** Wraps any failure of the named service; a failure that already is a problem passes through. */
    public static RuntimeException of(String service, Throwable failure) {
        return failure instanceof ProblemException problem ? problem : new ServiceUnavailable(service, failure);
    }

    /** The failure in words: an open breaker and a timeout by name, anything else by its type and message. */
    public static String describe(Throwable cause) {
        return switch (cause.getClass().getSimpleName()) {
            case "CircuitBreakerOpenException" -> "circuit breaker open after repeated failures";
            case "TimeoutException" -> "no answer in time";
            default -> cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        };
    }
}
