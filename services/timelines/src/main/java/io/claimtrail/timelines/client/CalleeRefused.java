package io.claimtrail.timelines.client;

import io.claimtrail.common.api.ProblemException;

/**
 * Another service refused the token this service passed on (401 or 403). The caller's token was accepted here, so the
 * services disagree about keys, issuer, audience or roles: a 502 naming the service, not an outage to retry, and not a
 * failure that should open a circuit breaker.
 */
public class CalleeRefused extends ProblemException {

    private final String service;

    public CalleeRefused(String service, int status) {
        super(502, "The " + service + " service refused the caller's token (HTTP " + status + ") although this "
                + "service accepted it; the services' token settings (keys, issuer, audience or roles) disagree");
        this.service = service;
        with("upstream", service);
        with("upstreamStatus", status);
    }

    /** The refusal for a 401 or 403 answer of {@code service}, or null for any other status. */
    static CalleeRefused of(String service, int status) {
        return status == 401 || status == 403 ? new CalleeRefused(service, status) : null;
    }

    public String service() {
        return service;
    }
}
