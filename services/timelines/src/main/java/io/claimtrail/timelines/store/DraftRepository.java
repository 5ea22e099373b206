package io.claimtrail.timelines.store;

import io.claimtrail.common.api.Repositories;
import io.claimtrail.timelines.domain.draft.Draft;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Loads and stores drafts with their candidates; listings newest first. */
@ApplicationScoped
public class DraftRepository implements PanacheRepositoryBase<Draft, UUID> {

    private static final String WITH_CANDIDATES = "select d from Draft d left join fetch d.candidates ";

    public Uni<Draft> findFull(UUID id) {
        return find(WITH_CANDIDATES + "where d.id = ?1", id).list().map(Repositories::first);
    }

    public Uni<List<UUID>> pageIds(int offset, int size) {
        return getSession().chain(session -> session
                .createQuery("select d.id from Draft d order by d.createdAt desc, d.id", UUID.class)
                .setFirstResult(offset).setMaxResults(size).getResultList());
    }

    public Uni<List<Draft>> findFull(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find(WITH_CANDIDATES + "where d.id in ?1 order by d.createdAt desc, d.id", ids).list();
    }
}
