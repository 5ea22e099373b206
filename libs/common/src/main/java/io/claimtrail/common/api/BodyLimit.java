package io.claimtrail.common.api;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies over {@code claimtrail.max-body-size} (1 MiB unless a service says otherwise) with a 413
 * problem before they are read. The HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}) stays above
 * it as a hard cap for bodies sent without a Content-Length; that one answers without a problem body.
 */
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "claimtrail.max-body-size", defaultValue = "1M") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("Content-Length", "'" + length + "' is not a number of bytes");
        }
        if (bytes > maxBytes) {
            throw new ProblemException(413, "The request body has " + bytes + " bytes; at most " + maxBytes + " are accepted")
                    .with("maxBytes", maxBytes);
        }
    }
}
