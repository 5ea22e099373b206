package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.Transition;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The transitions of claims, oldest recorded first. */
@ApplicationScoped
public class TransitionRepository implements PanacheRepositoryBase<Transition, UUID> {

    public Uni<List<Transition>> history(UUID claimId) {
        return list("claimId = ?1 order by recordedAt, id", claimId);
    }

    public Uni<List<Transition>> histories(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("claimId in ?1 order by claimId, recordedAt, id", claimIds);
    }

    public Uni<Transition> latest(UUID claimId) {
        return find("claimId = ?1 order by recordedAt desc, id desc", claimId).firstResult();
    }
}
