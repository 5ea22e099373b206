package io.claimtrail.timelines.domain;

import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.time.Clock;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.text.Slugs;
import io.claimtrail.timelines.api.TimelineView;
import io.claimtrail.timelines.store.TimelineRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Creating, replacing, archiving and reading timelines; pinned claims must exist in the claims service. Each write is
 * recorded in the audit log in its own transaction, with the timeline as the API showed it before and after.
 */
@ApplicationScoped
public class TimelineService {

    private final TimelineRepository timelines;
    private final References references;
    private final Clock clock;
    private final AuditLog audit;

    public TimelineService(TimelineRepository timelines, References references, Clock clock, AuditLog audit) {
        this.timelines = timelines;
        this.references = references;
        this.clock = clock;
        this.audit = audit;
    }

    public Uni<Timeline> create(TimelineDraft draft) {
        return create(draft, Audited.CREATED);
    }

    /** Creates the timeline; {@code action} is what the audit log calls it, e.g. {@link Audited#IMPORTED}. */
    public Uni<Timeline> create(TimelineDraft draft, String action) {
        List<FieldProblem> errors = new ArrayList<>();
        String slug = TimelineRules.slugOf(draft, errors);
        TimelineRules.check(draft, errors);
        TimelineRules.throwIfAny(errors);
        return references.check("pinnedClaimIds", draft.pinnedOrEmpty(), "sourceIds", List.of())
                .chain(() -> store(slug, draft, action));
    }

    @WithTransaction
    Uni<Timeline> store(String slug, TimelineDraft draft, String action) {
        return checkSlugFree(slug, null)
                .chain(() -> {
                    Timeline timeline = new Timeline();
                    timeline.id = UUID.randomUUID();
                    timeline.slug = slug;
                    timeline.createdAt = clock.now();
                    describe(timeline, draft);
                    timeline.updatedAt = timeline.createdAt;
                    return timelines.persist(timeline);
                })
                .call(() -> timelines.flush())
                .call(created -> audit.record(created.id, Audited.TIMELINE, created.id, action, null,
                        TimelineView.of(created)));
    }

    public Uni<Timeline> update(UUID id, long expectedVersion, TimelineDraft draft) {
        List<FieldProblem> errors = new ArrayList<>();
        String slug = draft.slug() == null ? null : TimelineRules.slugOf(draft, errors);
        TimelineRules.check(draft, errors);
        TimelineRules.throwIfAny(errors);
        return references.check("pinnedClaimIds", draft.pinnedOrEmpty(), "sourceIds", List.of())
                .chain(() -> replace(id, expectedVersion, slug, draft));
    }

    @WithTransaction
    Uni<Timeline> replace(UUID id, long expectedVersion, String slug, TimelineDraft draft) {
        TimelineView[] before = new TimelineView[1];
        return timelines.findFull(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("timeline", id))
                .invoke(timeline -> {
                    ETags.check(expectedVersion, timeline.version);
                    before[0] = TimelineView.of(timeline);
                })
                .call(timeline -> slug == null || slug.equals(timeline.slug) ? Uni.createFrom().voidItem()
                        : checkSlugFree(slug, timeline.id))
                .invoke(timeline -> {
                    if (slug != null) {
                        timeline.slug = slug;
                    }
                    describe(timeline, draft);
                    timeline.updatedAt = clock.now();
                })
                .call(timeline -> timelines.flush())
                .call(timeline -> audit.record(timeline.id, Audited.TIMELINE, timeline.id, Audited.UPDATED, before[0],
                        TimelineView.of(timeline)));
    }

    @WithTransaction
    public Uni<Timeline> archive(UUID id, Long expectedVersion) {
        return timelines.findFull(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("timeline", id))
                .invoke(timeline -> {
                    if (expectedVersion != null) {
                        ETags.check(expectedVersion, timeline.version);
                    }
                })
                .call(timeline -> {
                    if (timeline.archived) {
                        return Uni.createFrom().voidItem();
                    }
                    TimelineView before = TimelineView.of(timeline);
                    timeline.archived = true;
                    timeline.updatedAt = clock.now();
                    return timelines.flush().chain(() -> audit.record(timeline.id, Audited.TIMELINE, timeline.id,
                            Audited.ARCHIVED, before, TimelineView.of(timeline)));
                });
    }

    @WithSession
    public Uni<Timeline> get(String idOrSlug) {
        UUID id = Params.uuidOrNull(idOrSlug);
        if (id == null && !Slugs.isValid(idOrSlug)) {
            // Neither an id nor a possible slug: nothing to look up (and no odd bytes for the database).
            return Uni.createFrom().failure(ProblemException.notFound("timeline", idOrSlug));
        }
        Uni<Timeline> found = id != null ? timelines.findFull(id) : timelines.findFullBySlug(idOrSlug);
        return found.onItem().ifNull().failWith(() -> ProblemException.notFound("timeline", idOrSlug));
    }

    @WithSession
    public Uni<Timeline> findBySlug(String slug) {
        return timelines.findFullBySlug(slug);
    }

    @WithSession
    public Uni<Page<Timeline>> list(PageRequest page, boolean includeArchived) {
        return timelines.pageIds(includeArchived, page.offset(), page.size())
                .chain(ids -> timelines.findFull(ids))
                .chain(items -> timelines.countListed(includeArchived)
                        .map(total -> new Page<>(items, page.page(), page.size(), total)));
    }

    private Uni<Void> checkSlugFree(String slug, UUID self) {
        return timelines.find("slug", slug).firstResult().invoke(existing -> {
            if (existing != null && !existing.id.equals(self)) {
                throw ProblemException.conflict("The slug '" + slug + "' is taken by timeline " + existing.id)
                        .with("existingId", existing.id);
            }
        }).replaceWithVoid();
    }

    private static void describe(Timeline timeline, TimelineDraft draft) {
        timeline.title = draft.title().strip();
        timeline.summary = draft.summary();
        timeline.topics.clear();
        timeline.topics.addAll(draft.topicsOrEmpty());
        timeline.pinnedClaimIds.clear();
        timeline.pinnedClaimIds.addAll(draft.pinnedOrEmpty().stream().distinct().toList());
        timeline.eras.clear();
        draft.erasOrEmpty().forEach(era -> timeline.eras.add(Era.of(era.name().strip(), era.start(), era.end())));
    }

}
