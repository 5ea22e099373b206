package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.Transition;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The transitions of claims, oldest recorded first. */
@ApplicationScoped
public class TransitionRepository implements PanacheRepositoryBase<Transition, UUID> {

    public Uni<List<Transition>> history(UUID claimId) {
        return list("claimId = ?1 order by recordedAt, id", claimId);
    }
}
