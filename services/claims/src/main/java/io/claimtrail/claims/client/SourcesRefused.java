package io.claimtrail.claims.client;

import io.claimtrail.common.api.ProblemException;

/**
 * The sources service refused the token this service passed on (401 or 403). The caller's token was accepted here, so
 * the two services disagree about keys, issuer, audience or roles: a 502 to report, not an outage to retry, and not a
 * failure that should open the circuit breaker.
 */
public class SourcesRefused extends ProblemException {

    public SourcesRefused(int status) {
        super(502, "The sources service refused the caller's token (HTTP " + status + ") although this service "
                + "accepted it; the services' token settings (keys, issuer, audience or roles) disagree. Nothing was "
                + "stored");
        with("upstream", "sources");
        with("upstreamStatus", status);
    }
}
