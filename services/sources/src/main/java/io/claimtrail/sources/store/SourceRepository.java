package io.claimtrail.sources.store;

import io.claimtrail.sources.domain.Source;
import io.claimtrail.common.api.Repositories;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Loads and stores sources with their aliases and affiliations. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<Source, UUID> {

    private static final String WITH_COLLECTIONS =
            "select s from Source s left join fetch s.aliases left join fetch s.affiliations ";

    public Uni<Source> findFullById(UUID id) {
        return find(WITH_COLLECTIONS + "where s.id = ?1", id).list().map(Repositories::first);
    }

    public Uni<Source> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    /** The sources with these ids, in the order of the ids; unknown ids are left out. */
    public Uni<List<Source>> findFullByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find(WITH_COLLECTIONS + "where s.id in ?1", List.copyOf(ids)).list()
                .map(found -> Repositories.inOrderOf(ids, found, source -> source.id));
    }

    /** Which of these ids exist. */
    public Uni<List<UUID>> existingIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session
                .createQuery("select s.id from Source s where s.id in :ids", UUID.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** The parents named by the affiliations of these sources. */
    public Uni<List<UUID>> parentIds(Collection<UUID> ids) {
        return getSession().chain(session -> session
                .createQuery("select distinct a.parentId from Source s join s.affiliations a where s.id in :ids", UUID.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** Serialises affiliation changes for the rest of the transaction, so two writers cannot close a cycle together. */
    public Uni<Void> lockAffiliations() {
        return getSession().chain(session -> session
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(2511)) lock", Integer.class)
                .getSingleResult())
                .replaceWithVoid();
    }

    /** The sources with an affiliation to {@code parentId}, with that affiliation, possibly in force on [from, to]. */
    public Uni<List<Object[]>> members(UUID parentId, LocalDate from, LocalDate to) {
        String query = "select s, a from Source s join s.affiliations a where a.parentId = :parent"
                + (to == null ? "" : " and (a.fromEarliest is null or a.fromEarliest <= :to)")
                + (from == null ? "" : " and (a.toLatest is null or a.toLatest >= :from)")
                + " order by s.name, s.id";
        return getSession().chain(session -> {
            var selection = session.createQuery(query, Object[].class).setParameter("parent", parentId);
            if (to != null) {
                selection.setParameter("to", to);
            }
            if (from != null) {
                selection.setParameter("from", from);
            }
            return selection.getResultList();
        });
    }
}
