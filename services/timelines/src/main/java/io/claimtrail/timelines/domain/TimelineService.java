package io.claimtrail.timelines.domain;

import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.timelines.store.TimelineVersions;
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
    private final TimelineVersions versions;
    private final References references;
    private final Clock clock;
    private final Caller caller;
    private final AuditLog audit;

    public TimelineService(TimelineRepository timelines, TimelineVersions versions, References references, Clock clock,
            Caller caller, AuditLog audit) {
        this.timelines = timelines;
        this.versions = versions;
        this.references = references;
        this.clock = clock;
        this.caller = caller;
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
                    timeline.updatedBy = caller.subject();
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
                    timeline.updatedBy = caller.subject();
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
                    timeline.updatedBy = caller.subject();
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

    /**
     * The timeline as recorded at the view's moment (its topics, pins and eras then; a slug of then finds it): 404
     * when it was not yet recorded. Without a moment, the timeline now.
     */
    public Uni<Timeline> get(String idOrSlug, AsOf view) {
        if (view.knownAt() == null) {
            return get(idOrSlug);
        }
        UUID id = Params.uuidOrNull(idOrSlug);
        if (id == null && !Slugs.isValid(idOrSlug)) {
            return Uni.createFrom().failure(ProblemException.notFound("timeline", idOrSlug));
        }
        return versions.timeline(id, id == null ? idOrSlug : null, view).chain(found -> found != null
                ? Uni.createFrom().item(found)
                : versions.timeline(id, id == null ? idOrSlug : null, AsOf.NOW).map(now -> {
                    throw now == null ? ProblemException.notFound("timeline", idOrSlug)
                            : new ProblemException(404, "Timeline " + idOrSlug + " was not yet recorded at "
                                    + view.knownAt());
                }));
    }

    /** The versions of a timeline, oldest first. */
    public Uni<Page<TimelineVersions.Version<Timeline>>> versions(String idOrSlug, PageRequest page) {
        return get(idOrSlug).chain(timeline -> versions.count("timeline", timeline.id).chain(total -> versions
                .timelineVersions(timeline.id, page.offset(), page.size())
                .map(found -> new Page<>(found, page.page(), page.size(), total))));
    }

    public Uni<TimelineVersions.Version<Timeline>> version(String idOrSlug, long number) {
        return get(idOrSlug).chain(timeline -> versions.timelineVersion(timeline.id, number).map(found -> {
            if (found == null) {
                throw new ProblemException(404, "Timeline " + idOrSlug + " has no version " + number
                        + "; its latest is " + timeline.version);
            }
            return found;
        }));
    }

    @WithSession
    public Uni<Timeline> findBySlug(String slug) {
        return timelines.findFullBySlug(slug);
    }

    /** A page of timelines by title, as recorded at the view's moment. */
    public Uni<Page<Timeline>> list(PageRequest page, boolean includeArchived, AsOf view) {
        if (view.knownAt() == null) {
            return list(page, includeArchived);
        }
        return versions.listed(view, includeArchived, page.offset(), page.size())
                .chain(items -> versions.countListed(view, includeArchived)
                        .map(total -> new Page<>(items, page.page(), page.size(), total)));
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
