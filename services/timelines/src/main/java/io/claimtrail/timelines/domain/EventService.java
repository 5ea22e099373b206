package io.claimtrail.timelines.domain;

import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.time.Clock;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.timelines.api.EventView;
import io.claimtrail.timelines.store.EventRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Events of a timeline: their reporters and attesting claims must exist in the other services. Each write is recorded
 * in the audit log of the timeline, in the write's transaction.
 */
@ApplicationScoped
public class EventService {

    private final EventRepository events;
    private final TimelineService timelines;
    private final References references;
    private final Clock clock;
    private final AuditLog audit;

    public EventService(EventRepository events, TimelineService timelines, References references, Clock clock,
            AuditLog audit) {
        this.events = events;
        this.timelines = timelines;
        this.references = references;
        this.clock = clock;
        this.audit = audit;
    }

    public Uni<Event> create(String timelineIdOrSlug, EventDraft draft) {
        return create(timelineIdOrSlug, draft, Audited.CREATED);
    }

    /** Adds the event; {@code action} is what the audit log calls it, e.g. {@link Audited#IMPORTED}. */
    public Uni<Event> create(String timelineIdOrSlug, EventDraft draft, String action) {
        return timelines.get(timelineIdOrSlug)
                .call(timeline -> references.check("claimIds", draft.claimIdsOrEmpty(), "sourceIds", draft.sourceIdsOrEmpty()))
                .chain(timeline -> store(timeline.id, draft, action));
    }

    @WithTransaction
    Uni<Event> store(UUID timelineId, EventDraft draft, String action) {
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.timelineId = timelineId;
        event.createdAt = clock.now();
        describe(event, draft);
        event.updatedAt = event.createdAt;
        return events.persist(event)
                .call(() -> events.flush())
                .call(created -> audit.record(timelineId, Audited.EVENT, created.id, action, null,
                        EventView.of(created)));
    }

    public Uni<Event> update(String timelineIdOrSlug, UUID id, long expectedVersion, EventDraft draft) {
        return timelines.get(timelineIdOrSlug)
                .call(timeline -> references.check("claimIds", draft.claimIdsOrEmpty(), "sourceIds", draft.sourceIdsOrEmpty()))
                .chain(timeline -> replace(timeline.id, id, expectedVersion, draft));
    }

    @WithTransaction
    Uni<Event> replace(UUID timelineId, UUID id, long expectedVersion, EventDraft draft) {
        EventView[] before = new EventView[1];
        return events.findFull(timelineId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("event", id))
                .invoke(event -> {
                    ETags.check(expectedVersion, event.version);
                    before[0] = EventView.of(event);
                    describe(event, draft);
                    event.updatedAt = clock.now();
                })
                .call(event -> events.flush())
                .call(event -> audit.record(timelineId, Audited.EVENT, event.id, Audited.UPDATED, before[0],
                        EventView.of(event)));
    }

    public Uni<Event> archive(String timelineIdOrSlug, UUID id, Long expectedVersion) {
        return timelines.get(timelineIdOrSlug).chain(timeline -> markArchived(timeline.id, id, expectedVersion));
    }

    @WithTransaction
    Uni<Event> markArchived(UUID timelineId, UUID id, Long expectedVersion) {
        return events.findFull(timelineId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("event", id))
                .invoke(event -> {
                    if (expectedVersion != null) {
                        ETags.check(expectedVersion, event.version);
                    }
                })
                .call(event -> {
                    if (event.archived) {
                        return Uni.createFrom().voidItem();
                    }
                    EventView before = EventView.of(event);
                    event.archived = true;
                    event.updatedAt = clock.now();
                    return events.flush().chain(() -> audit.record(timelineId, Audited.EVENT, event.id,
                            Audited.ARCHIVED, before, EventView.of(event)));
                });
    }

    @WithSession
    public Uni<Event> get(String timelineIdOrSlug, UUID id) {
        return timelines.get(timelineIdOrSlug).chain(timeline -> events.findFull(timeline.id, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("event", id));
    }

    @WithSession
    public Uni<Page<Event>> list(String timelineIdOrSlug, PageRequest page) {
        return timelines.get(timelineIdOrSlug).chain(timeline -> events.ofTimeline(timeline.id, null, null))
                .map(all -> new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                        page.size(), all.size()));
    }

    private static void describe(Event event, EventDraft draft) {
        event.title = draft.title().strip();
        event.description = draft.description();
        event.setOccurred(draft.occurred());
        event.place = draft.place();
        event.sourceIds.clear();
        event.sourceIds.addAll(draft.sourceIdsOrEmpty().stream().distinct().toList());
        event.claimIds.clear();
        event.claimIds.addAll(draft.claimIdsOrEmpty().stream().distinct().toList());
    }

}
