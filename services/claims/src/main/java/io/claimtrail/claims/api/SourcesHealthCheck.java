package io.claimtrail.claims.api;

import io.claimtrail.claims.client.SourcesHealthClient;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reports whether the sources service is ready, in the {@code dependencies} group (/q/health/group/dependencies).
 * It is deliberately not a readiness check: reads, history and relations work without the sources service, so
 * its outage must not take claims out of rotation; only writes answer 503. It asks the sources service's own open
 * readiness endpoint, because a health check has no caller and so no token to pass on.
 */
@HealthGroup("dependencies")
@ApplicationScoped
public class SourcesHealthCheck implements AsyncHealthCheck {

    private static final String NAME = "sources service";

    private final SourcesHealthClient sources;

    public SourcesHealthCheck(@RestClient SourcesHealthClient sources) {
        this.sources = sources;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return sources.ready()
                .map(readiness -> HealthCheckResponse.named(NAME).status("UP".equals(readiness.status()))
                        .withData("status", String.valueOf(readiness.status())).build())
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(NAME).down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
