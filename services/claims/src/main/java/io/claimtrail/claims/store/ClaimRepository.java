package io.claimtrail.claims.store;

import io.claimtrail.claims.domain.Claim;
import io.claimtrail.common.api.Repositories;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Loads and stores claims with their topics and appearances. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    private static final String WITH_COLLECTIONS =
            "select c from Claim c left join fetch c.topics left join fetch c.appearances ";

    public Uni<Claim> findFull(UUID id) {
        return find(WITH_COLLECTIONS + "where c.id = ?1", id).list().map(Repositories::first);
    }

    /** The claims with these ids, in the order of the ids; unknown ids are left out. */
    public Uni<List<Claim>> findFull(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find(WITH_COLLECTIONS + "where c.id in ?1", List.copyOf(ids)).list()
                .map(found -> Repositories.inOrderOf(ids, found, claim -> claim.id));
    }
}
