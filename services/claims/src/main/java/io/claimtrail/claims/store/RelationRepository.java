package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.Relation;
import io.claimtrail.claims.domain.RelationType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Relations between claims, in both directions. */
@ApplicationScoped
public class RelationRepository implements PanacheRepositoryBase<Relation, UUID> {

    public Uni<List<Relation>> involving(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("fromClaimId in ?1 or toClaimId in ?1 order by recordedAt, id", claimIds);
    }

    public Uni<Boolean> exists(UUID from, UUID to, RelationType type) {
        return count("fromClaimId = ?1 and toClaimId = ?2 and type = ?3", from, to, type).map(n -> n > 0);
    }
}
