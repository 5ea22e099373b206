package io.claimtrail.timelines.store;

import io.claimtrail.timelines.domain.Timeline;
import io.claimtrail.common.api.Repositories;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Loads and stores timelines with their topics, pinned claims and eras. */
@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<Timeline, UUID> {

    private static final String WITH_COLLECTIONS = "select t from Timeline t left join fetch t.topics "
            + "left join fetch t.pinnedClaimIds left join fetch t.eras ";

    public Uni<Timeline> findFull(UUID id) {
        return find(WITH_COLLECTIONS + "where t.id = ?1", id).list().map(Repositories::first);
    }

    public Uni<Timeline> findFullBySlug(String slug) {
        return find(WITH_COLLECTIONS + "where t.slug = ?1", slug).list().map(Repositories::first);
    }

    public Uni<List<UUID>> pageIds(boolean includeArchived, int offset, int size) {
        String query = "select t.id from Timeline t" + (includeArchived ? "" : " where t.archived = false")
                + " order by t.title, t.id";
        return getSession().chain(session -> session.createQuery(query, UUID.class)
                .setFirstResult(offset).setMaxResults(size).getResultList());
    }

    public Uni<Long> countListed(boolean includeArchived) {
        return includeArchived ? count() : count("archived", false);
    }

    public Uni<List<Timeline>> findFull(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find(WITH_COLLECTIONS + "where t.id in ?1 order by t.title, t.id", ids).list();
    }
}
