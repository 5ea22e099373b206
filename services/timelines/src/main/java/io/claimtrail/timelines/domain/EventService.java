package io.claimtrail.timelines.domain;

import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.timelines.store.TimelineVersions;
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

import java.util.List;
import java.util.UUID;

/**
 * Events of a timeline: their reporters and attesting claims must exist in the other services. Each write is recorded
 * in the audit log of the timeline, in the write's transaction.
 */
@ApplicationScoped
public class EventService {

    private final EventRepository events;
    private final TimelineVersions versions;
    private final TimelineService timelines;
    private final References references;
    private final Clock clock;
    private final Caller caller;
    private final AuditLog audit;

    public EventService(EventRepository events, TimelineVersions versions, TimelineService timelines,
            References references, Clock clock, Caller caller, AuditLog audit) {
        this.events = events;
        this.versions = versions;
        this.timelines = timelines;
        this.references = references;
        this.clock = clock;
        this.caller = caller;
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
        event.updatedBy = caller.subject();
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
                    event.updatedBy = caller.subject();
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
                    event.updatedBy = caller.subject();
                    return events.flush().chain(() -> audit.record(timelineId, Audited.EVENT, event.id,
                            Audited.ARCHIVED, before, EventView.of(event)));
                });
    }

    /** The event as recorded at the view's moment: 404 when it (or its timeline) was not yet recorded then. */
    public Uni<Event> get(String timelineIdOrSlug, UUID id, AsOf view) {
        if (view.knownAt() == null) {
            return get(timelineIdOrSlug, id);
        }
        return timelines.get(timelineIdOrSlug, view).chain(timeline -> versions.event(timeline.id, id, view))
                .onItem().ifNull().failWith(() -> new ProblemException(404, "Event " + id
                        + " of this timeline was not recorded at " + view.knownAt()));
    }

    @WithSession
    public Uni<Event> get(String timelineIdOrSlug, UUID id) {
        return timelines.get(timelineIdOrSlug).chain(timeline -> events.findFull(timeline.id, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("event", id));
    }

    /** The timeline's live events as the view sees them, in the order they occurred. */
    public Uni<Page<Event>> list(String timelineIdOrSlug, AsOf view, PageRequest page) {
        return timelines.get(timelineIdOrSlug, view).chain(timeline -> ofTimeline(timeline.id, view))
                .map(all -> new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                        page.size(), all.size()));
    }

    /** The live events of the timeline recorded at the view's moment that had certainly occurred by its day. */
    @WithSession
    public Uni<List<Event>> ofTimeline(UUID timelineId, AsOf view) {
        return view.knownAt() == null ? events.ofTimeline(timelineId, view.day()) : versions.events(timelineId, view);
    }

    /** The versions of an event, oldest first. */
    public Uni<Page<TimelineVersions.Version<Event>>> versions(String timelineIdOrSlug, UUID id, PageRequest page) {
        return get(timelineIdOrSlug, id).chain(event -> versions.count("event", id).chain(total -> versions
                .eventVersions(event.timelineId, id, page.offset(), page.size())
                .map(found -> new Page<>(found, page.page(), page.size(), total))));
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
