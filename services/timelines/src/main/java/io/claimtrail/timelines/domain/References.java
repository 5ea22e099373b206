package io.claimtrail.timelines.domain;

import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.timelines.client.ClaimDirectory;
import io.claimtrail.timelines.client.SourceDirectory;
import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Checks that the claims and sources a timeline or event names exist: one batch call per service, 422 naming each. */
@ApplicationScoped
public class References {

    private final ClaimDirectory claims;
    private final SourceDirectory sources;

    public References(ClaimDirectory claims, SourceDirectory sources) {
        this.claims = claims;
        this.sources = sources;
    }

    /** Fails with 422 listing every {@code field[i]} whose id is unknown; 503 when a service cannot tell. */
    public Uni<Void> check(String claimField, List<UUID> claimIds, String sourceField, List<UUID> sourceIds) {
        Uni<Set<UUID>> missingClaims = claimIds.isEmpty() ? Uni.createFrom().item(Set.of())
                : claims.missing(claimIds).onFailure().transform(e -> ServiceUnavailable.of("claims", e));
        Uni<Map<UUID, ?>> foundSources = sourceIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : sources.find(sourceIds, AsOf.NOW).onFailure().transform(e -> ServiceUnavailable.of("sources", e)).map(m -> (Map<UUID, ?>) m);
        return missingClaims.chain(missing -> foundSources.invoke(found -> {
            List<FieldProblem> unknown = new ArrayList<>();
            for (int i = 0; i < claimIds.size(); i++) {
                if (missing.contains(claimIds.get(i))) {
                    unknown.add(new FieldProblem(claimField + "[" + i + "]", "no claim with id " + claimIds.get(i)));
                }
            }
            for (int i = 0; i < sourceIds.size(); i++) {
                if (!found.containsKey(sourceIds.get(i))) {
                    unknown.add(new FieldProblem(sourceField + "[" + i + "]", "no source with id " + sourceIds.get(i)));
                }
            }
            if (!unknown.isEmpty()) {
                throw new ProblemException(422, unknown.size() == 1 ? unknown.get(0).field() + ": " + unknown.get(0).message()
                        : unknown.size() + " references are unknown", unknown);
            }
        })).replaceWithVoid();
    }
}
