package io.claimtrail.common.api;

import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A read asked as known at a moment still ahead is answered as now ({@link AsOf#of}); this says so, in the header
 * {@value #HEADER} (the moment the answer was read as), so that a client never takes today's record for a forecast.
 */
public class KnownAtAhead {

    public static final String HEADER = "Claimtrail-Known-At";

    private final Clock clock;

    public KnownAtAhead(Clock clock) {
        this.clock = clock;
    }

    @ServerResponseFilter
    public void mark(ContainerRequestContext request, ContainerResponseContext response) {
        String raw = request.getUriInfo().getQueryParameters().getFirst("knownAt");
        if (raw == null || raw.isBlank() || response.getStatus() >= 400) {
            return;
        }
        Instant now = clock.now();
        try {
            if (AsOf.knownAtLiesAhead(Instant.parse(raw.trim()), now)) {
                response.getHeaders().putSingle(HEADER, now + "; knownAt " + raw.trim() + " lies ahead, answered as now");
            }
        } catch (DateTimeParseException e) {
            // a 400 named knownAt was answered already
        }
    }
}
