package io.claimtrail.timelines.store;

import io.claimtrail.timelines.domain.Event;
import io.claimtrail.common.api.Repositories;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Loads and stores the events of timelines, in the order they occurred. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    private static final String WITH_COLLECTIONS =
            "select e from Event e left join fetch e.sourceIds left join fetch e.claimIds ";
    private static final String ORDER = " order by e.occurredEarliest nulls first, e.occurredLatest nulls last, e.title, e.id";

    public Uni<Event> findFull(UUID timelineId, UUID id) {
        return find(WITH_COLLECTIONS + "where e.id = ?1 and e.timelineId = ?2", id, timelineId).list().map(Repositories::first);
    }

    /** The live events of a timeline now, those that had certainly occurred by {@code asOf} when given. */
    public Uni<List<Event>> ofTimeline(UUID timelineId, LocalDate asOf) {
        String query = WITH_COLLECTIONS + "where e.timelineId = :timeline and e.archived = false"
                + (asOf == null ? "" : " and e.occurredLatest <= :asOf") + ORDER;
        return getSession().chain(session -> {
            var selection = session.createQuery(query, Event.class).setParameter("timeline", timelineId);
            if (asOf != null) {
                selection.setParameter("asOf", asOf);
            }
            return selection.getResultList();
        });
    }

    public Uni<Event> findByTitleAndDate(UUID timelineId, String title, String occurred) {
        return find(WITH_COLLECTIONS + "where e.timelineId = ?1 and e.title = ?2 and e.occurred = ?3",
                timelineId, title, occurred).list().map(Repositories::first);
    }
}
