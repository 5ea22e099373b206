package io.claimtrail.claims.api;

import io.claimtrail.claims.client.SourceDirectory;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.AsyncHealthCheck;

import java.util.List;
import java.util.UUID;

/**
 * Reports whether the sources service answers, in the {@code dependencies} group (/q/health/group/dependencies).
 * It is deliberately not a readiness check: reads, history and relations work without the sources service, so
 * its outage must not take claims out of rotation; only writes answer 503.
 */
@HealthGroup("dependencies")
@ApplicationScoped
public class SourcesHealthCheck implements AsyncHealthCheck {

    private final SourceDirectory sources;

    public SourcesHealthCheck(SourceDirectory sources) {
        this.sources = sources;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return sources.find(List.of(new UUID(0, 0)))
                .map(found -> HealthCheckResponse.up("sources service"))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("sources service").down()
                        .withData("error", String.valueOf(e.getMessage())).build());
    }
}
