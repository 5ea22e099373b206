package io.claimtrail.sources.domain;

import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.security.Roles;
import io.claimtrail.sources.api.SourceView;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.Params;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.text.Slugs;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.sources.store.RatingRepository;
import io.claimtrail.sources.store.SourceRepository;
import io.claimtrail.sources.store.SourceRows;
import io.claimtrail.sources.store.SourceSearch;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules for sources: unique slugs, known parents, acyclic affiliations, and archiving instead of deleting. */
@ApplicationScoped
public class SourceService {

    public static final int MAX_LOOKUP = 1000;

    /** A source affiliated with a parent, through one affiliation. */
    public record Member(Source source, Affiliation affiliation) {
    }

    /** An affiliation of a source with the parent it points to. */
    public record Link(Affiliation affiliation, Source parent) {
    }

    /** How many related sources one lookup walks to at most: a roll-up of a large institution fits. */
    public static final int MAX_RELATED = 20_000;

    /** What a batch lookup found, which ids it did not, and the sources related to them when asked (else null). */
    public record Lookup(List<Source> found, List<UUID> missing, List<Source> related) {
    }

    private final SourceRepository sources;
    private final RatingRepository ratings;
    private final SourceRows rows;
    private final SourceSearch search;
    private final Clock clock;
    private final Caller caller;
    private final AuditLog audit;

    public SourceService(SourceRepository sources, RatingRepository ratings, SourceRows rows, SourceSearch search,
            Clock clock, Caller caller, AuditLog audit) {
        this.sources = sources;
        this.ratings = ratings;
        this.rows = rows;
        this.search = search;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Source> create(SourceDraft draft) {
        List<FieldProblem> errors = new ArrayList<>();
        String slug = SourceRules.slugOf(draft, errors);
        SourceRules.check(draft, errors);
        SourceRules.throwIfAny(errors);
        if (draft.reliability() != null && draft.reliability() != Reliability.F) {
            caller.require(Roles.EDITOR, "reliability", "Rating a source's reliability");
        }
        Source source = new Source();
        source.id = UUID.randomUUID();
        source.slug = slug;
        source.createdAt = clock.now();
        source.archived = false;
        return checkSlugFree(slug, null)
                .chain(() -> applyAffiliations(source, draft))
                .chain(() -> {
                    copy(draft, source, Reliability.F);
                    source.updatedAt = source.createdAt;
                    source.updatedBy = caller.subject();
                    return sources.persist(source);
                })
                .call(created -> ratings.persist(Rating.of(created.id, created.reliability, null,
                        "Rated when the source was entered", created.updatedBy, created.createdAt)))
                .call(() -> sources.flush())
                .call(created -> audit.record(created.id, "source", created.id, "created", null, SourceView.of(created)));
    }

    @WithTransaction
    public Uni<Source> update(UUID id, long expectedVersion, SourceDraft draft) {
        List<FieldProblem> errors = new ArrayList<>();
        String slug = draft.slug() == null ? null : SourceRules.slugOf(draft, errors);
        SourceRules.check(draft, errors);
        SourceRules.throwIfAny(errors);
        SourceView[] before = new SourceView[1];
        return sources.findFullById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("source", id))
                .invoke(source -> {
                    ETags.check(expectedVersion, source.version);
                    if (draft.reliability() != null && draft.reliability() != source.reliability) {
                        caller.require(Roles.EDITOR, "reliability", "Changing a source's reliability");
                    }
                    before[0] = SourceView.of(source);
                })
                .call(source -> slug == null || slug.equals(source.slug) ? Uni.createFrom().voidItem()
                        : checkSlugFree(slug, source.id))
                .call(source -> applyAffiliations(source, draft))
                .call(source -> {
                    if (slug != null) {
                        source.slug = slug;
                    }
                    Reliability was = source.reliability;
                    copy(draft, source, source.reliability);
                    source.updatedAt = clock.now();
                    source.updatedBy = caller.subject();
                    if (source.reliability == was) {
                        return Uni.createFrom().voidItem();
                    }
                    // A rating changed by a full replacement holds from today; POST .../ratings can date it.
                    return ratings.persist(Rating.of(source.id, source.reliability,
                            PartialDate.parse(clock.today().toString()), "Re-rated by replacing the source",
                            source.updatedBy, source.updatedAt)).replaceWithVoid();
                })
                .call(source -> sources.flush())
                .call(source -> audit.record(source.id, "source", source.id, "updated", before[0],
                        SourceView.of(source)));
    }

    /** Archives the source: it stays readable, since claims point at it, but leaves the listings. */
    @WithTransaction
    public Uni<Source> archive(UUID id, Long expectedVersion, String reason) {
        return sources.findFullById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("source", id))
                .invoke(source -> {
                    if (expectedVersion != null) {
                        ETags.check(expectedVersion, source.version);
                    }
                })
                .call(source -> {
                    if (source.archived) {
                        return Uni.createFrom().voidItem();
                    }
                    SourceView before = SourceView.of(source);
                    source.archived = true;
                    source.archivedReason = reason;
                    source.updatedAt = clock.now();
                    source.updatedBy = caller.subject();
                    return sources.flush().chain(() -> audit.record(source.id, "source", source.id, "archived",
                            before, SourceView.of(source)));
                });
    }

    /**
     * Records a reliability rating, back-dated or not; the source's reliability becomes the rating in force today.
     * A rating is a judgement: it needs the editor role (checked by the resource).
     */
    @WithTransaction
    public Uni<Source> rate(UUID id, long expectedVersion, RatingDraft draft) {
        if (draft.effectiveOn() != null && draft.effectiveOn().earliest().map(d -> d.isAfter(clock.today())).orElse(false)) {
            throw ProblemException.invalid("effectiveOn", "lies in the future");
        }
        SourceView[] before = new SourceView[1];
        return sources.findFullById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("source", id))
                .invoke(source -> {
                    ETags.check(expectedVersion, source.version);
                    before[0] = SourceView.of(source);
                })
                .call(source -> ratings.forSource(id).chain(series -> {
                    Rating rating = Rating.of(id, draft.reliability(), draft.effectiveOn(), draft.reason().strip(),
                            caller.subject(), clock.now());
                    List<Rating> all = new ArrayList<>(series);
                    all.add(rating);
                    source.reliability = RatingSeries.standing(all, AsOf.day(clock.today()));
                    source.updatedAt = rating.recordedAt;
                    source.updatedBy = rating.rater;
                    return ratings.persist(rating);
                }))
                .call(source -> sources.flush())
                .call(source -> audit.record(source.id, "source", source.id, "rated", before[0], SourceView.of(source)));
    }

    /** Every rating of the source in the order they take effect, as recorded at the view's moment. */
    public Uni<List<Rating>> ratings(String idOrSlug, AsOf view) {
        return get(idOrSlug, view).chain(source -> rows.ratings(List.of(source.id)))
                .map(all -> RatingSeries.ordered(all.stream().filter(r -> view.recorded(r.recordedAt)).toList()));
    }

    /** The source as it is now (read without managed entities: for reading only). */
    public Uni<Source> get(String idOrSlug) {
        return get(idOrSlug, AsOf.NOW);
    }

    /**
     * The source as the view sees it: its version recorded at knownAt (404 when not yet recorded then), with the
     * reliability rating in force on the view's day as recorded then.
     */
    public Uni<Source> get(String idOrSlug, AsOf view) {
        UUID id = Params.uuidOrNull(idOrSlug);
        if (id == null && !Slugs.isValid(idOrSlug)) {
            // Neither an id nor a possible slug: nothing to look up (and no odd bytes for the database).
            return Uni.createFrom().failure(ProblemException.notFound("source", idOrSlug));
        }
        return rows.find(id, id == null ? idOrSlug : null, view)
                .chain(found -> found != null ? rated(List.of(found), view).map(list -> list.get(0))
                        : rows.find(id, id == null ? idOrSlug : null, AsOf.NOW).map(now -> {
                            throw now == null || view.knownAt() == null ? ProblemException.notFound("source", idOrSlug)
                                    : new ProblemException(404, "Source " + idOrSlug + " was not yet recorded at "
                                            + view.knownAt());
                        }));
    }

    /** The sources with the reliability in force in the view (the stored one is today's as recorded now). */
    private Uni<List<Source>> rated(List<Source> found, AsOf view) {
        if (view.current() || found.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return rows.ratings(found.stream().map(s -> s.id).toList()).map(all -> {
            Map<UUID, List<Rating>> bySource = all.stream().collect(Collectors.groupingBy(r -> r.sourceId));
            found.forEach(s -> s.reliability = RatingSeries.standing(bySource.getOrDefault(s.id, List.of()), view));
            return found;
        });
    }

    /** The versions of a source, oldest first. */
    public Uni<Page<SourceRows.Version>> versions(String idOrSlug, PageRequest page) {
        return get(idOrSlug).chain(source -> rows.versionCount(source.id).chain(total -> rows
                .versions(source.id, page.offset(), page.size())
                .map(found -> new Page<>(found, page.page(), page.size(), total))));
    }

    public Uni<SourceRows.Version> version(String idOrSlug, long number) {
        return get(idOrSlug).chain(source -> rows.version(source.id, number).map(found -> {
            if (found == null) {
                throw new ProblemException(404, "Source " + idOrSlug + " has no version " + number + "; its latest is "
                        + source.version);
            }
            return found;
        }));
    }

    /** A page of sources as the view sees them; a name search (q) reads today's names and aliases only. */
    public Uni<Page<Source>> list(SourceSearch.Filter filter, PageRequest page) {
        if (filter.q() != null && !filter.q().isBlank() && filter.view().knownAt() != null) {
            throw ProblemException.invalid("knownAt", "a name search (q) matches the names and aliases recorded now; "
                    + "list without q to see the sources as recorded then");
        }
        if (filter.reliability() != null && filter.view().day() != null) {
            throw ProblemException.invalid("reliability", "filters by today's rating; leave it out with asOf, which "
                    + "shows each source's rating in force that day");
        }
        return search.search(filter, page)
                .chain(hits -> rows.byIds(hits.ids(), filter.view()).chain(found -> rated(found, filter.view()))
                        .map(items -> new Page<>(items, page.page(), page.size(), hits.total(), hits.totalExact())));
    }

    /** The one source whose name, else alias, equals {@code name} ignoring case and accents. */
    @WithSession
    public Uni<Source> resolve(String name) {
        return search.exact(name).chain(matches -> {
            List<UUID> ids = new ArrayList<>(matches.byName());
            ids.addAll(matches.byAlias());
            if (ids.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.notFound("source named", name));
            }
            return sources.findFullByIds(ids).map(found -> pickResolved(name, found, matches.byName()));
        });
    }

    /** The sources with these ids as the view sees them; ids unknown (or not yet recorded then) are missing. */
    public Uni<Lookup> lookup(List<UUID> ids, AsOf view) {
        return lookup(ids, view, false, false);
    }

    /**
     * The lookup, and with {@code ancestors} / {@code members} every source reachable from the found ones through
     * affiliations (up / down, any depth, each source once: cycle-safe), as the view sees them, rated as of its day.
     */
    public Uni<Lookup> lookup(List<UUID> ids, AsOf view, boolean ancestors, boolean members) {
        if (ids.size() > MAX_LOOKUP) {
            throw ProblemException.invalid("ids", "at most " + MAX_LOOKUP + " ids in one call, got " + ids.size());
        }
        return rows.byIds(ids, view).chain(found -> {
            Set<UUID> seen = found.stream().map(s -> s.id).collect(Collectors.toSet());
            List<UUID> missing = ids.stream().distinct().filter(id -> !seen.contains(id)).toList();
            if (!ancestors && !members) {
                return rated(found, view).map(rated -> new Lookup(rated, missing, null));
            }
            Set<UUID> visited = new java.util.HashSet<>(seen);
            List<Source> related = new ArrayList<>();
            return walk(found, visited, related, view, ancestors, members)
                    .chain(() -> rated(found, view))
                    .chain(rated -> rated(related, view).map(r -> new Lookup(rated, missing, r)));
        });
    }

    /** One level of the walk per statement: parents named by the frontier's links, members naming the frontier. */
    private Uni<Void> walk(List<Source> frontier, Set<UUID> visited, List<Source> related, AsOf view, boolean up,
            boolean down) {
        if (frontier.isEmpty() || related.size() >= MAX_RELATED) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> frontierIds = frontier.stream().map(s -> s.id).toList();
        Uni<List<UUID>> parents = Uni.createFrom().item(up ? frontier.stream()
                .flatMap(s -> s.affiliations.stream().map(a -> a.parentId)).distinct().toList() : List.of());
        Uni<List<UUID>> children = down ? rows.memberIds(frontierIds, view) : Uni.createFrom().item(List.of());
        return parents.chain(p -> children.map(c -> {
            List<UUID> next = new ArrayList<>();
            for (UUID id : p) {
                if (visited.add(id)) {
                    next.add(id);
                }
            }
            for (UUID id : c) {
                if (visited.add(id)) {
                    next.add(id);
                }
            }
            return next.subList(0, Math.min(next.size(), MAX_RELATED - related.size()));
        })).chain(next -> rows.byIds(next, view)).chain(level -> {
            related.addAll(level);
            return walk(level, visited, related, view, up, down);
        });
    }

    /** The source's affiliations as recorded at the view's moment, with each parent as it was then. */
    public Uni<List<Link>> affiliations(String idOrSlug, AsOf view) {
        return get(idOrSlug, view).chain(source -> {
            List<UUID> parentIds = source.affiliations.stream().map(a -> a.parentId).distinct().toList();
            return rows.byIds(parentIds, view).map(parents -> {
                Map<UUID, Source> byId = parents.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
                return source.affiliations.stream().map(a -> new Link(a, byId.get(a.parentId))).toList();
            });
        });
    }

    /**
     * Who was affiliated with the source, possibly on {@code asOf} (any time if null): an affiliation whose dates may
     * overlap that date. With knownAt, the affiliations and members as recorded then.
     */
    @WithSession
    public Uni<List<Member>> members(String idOrSlug, PartialDate asOf, AsOf view) {
        if (view.knownAt() == null) {
            return get(idOrSlug).chain(parent -> sources.members(parent.id,
                            asOf == null ? null : asOf.earliest().orElse(null),
                            asOf == null ? null : asOf.latest().orElse(null)))
                    .map(rows -> rows.stream().map(row -> new Member((Source) row[0], (Affiliation) row[1])).toList());
        }
        return get(idOrSlug, view).chain(parent -> rows.memberIds(parent.id, view)
                .chain(ids -> rows.byIds(ids, view))
                .map(found -> found.stream()
                        .flatMap(member -> member.affiliations.stream()
                                .filter(a -> a.parentId.equals(parent.id) && mayOverlap(a, asOf))
                                .map(a -> new Member(member, a)))
                        .sorted(java.util.Comparator.comparing((Member m) -> m.source().name)
                                .thenComparing(m -> m.source().id))
                        .toList()));
    }

    /** The affiliation's dates may overlap {@code date} (always when no date is asked). */
    private static boolean mayOverlap(Affiliation link, PartialDate date) {
        return link.mayHoldOn(date);
    }

    private Uni<Void> checkSlugFree(String slug, UUID self) {
        return sources.findBySlug(slug).invoke(existing -> {
            if (existing != null && !existing.id.equals(self)) {
                throw ProblemException.conflict("The slug '" + slug + "' is taken by source " + existing.id)
                        .with("existingId", existing.id);
            }
        }).replaceWithVoid();
    }

    /** Checks that every parent exists and that no link closes a cycle, then replaces the source's links. */
    private Uni<Void> applyAffiliations(Source source, SourceDraft draft) {
        List<SourceDraft.AffiliationDraft> links = draft.affiliationsOrEmpty();
        List<Affiliation> replacement = links.stream()
                .map(l -> Affiliation.of(l.parentId(), l.role(), l.from(), l.to())).toList();
        if (links.isEmpty()) {
            source.affiliations.clear();
            return Uni.createFrom().voidItem();
        }
        Set<UUID> parents = links.stream().map(SourceDraft.AffiliationDraft::parentId).collect(Collectors.toSet());
        return sources.lockAffiliations()
                .chain(() -> sources.existingIds(parents))
                .chain(existing -> {
                    List<FieldProblem> errors = new ArrayList<>();
                    for (int i = 0; i < links.size(); i++) {
                        UUID parent = links.get(i).parentId();
                        if (parent.equals(source.id)) {
                            errors.add(new FieldProblem(parentField(i), "a source cannot be its own parent"));
                        } else if (!existing.contains(parent)) {
                            errors.add(new FieldProblem(parentField(i), "no source with id " + parent));
                        }
                    }
                    SourceRules.throwIfAny(errors);
                    return cycles(links, source.id, 0, errors);
                })
                .invoke(errors -> {
                    SourceRules.throwIfAny(errors);
                    source.affiliations.clear();
                    source.affiliations.addAll(replacement);
                })
                .replaceWithVoid();
    }

    /** Adds a problem for each link, from {@code index} on, whose parent already descends from {@code self}. */
    private Uni<List<FieldProblem>> cycles(List<SourceDraft.AffiliationDraft> links, UUID self, int index,
            List<FieldProblem> errors) {
        if (index == links.size()) {
            return Uni.createFrom().item(errors);
        }
        UUID parent = links.get(index).parentId();
        return reaches(List.of(parent), self, new HashSet<>(Set.of(parent))).chain(cycle -> {
            if (cycle) {
                errors.add(new FieldProblem(parentField(index), "would make a cycle: source " + parent
                        + " is already affiliated, directly or not, with this source"));
            }
            return cycles(links, self, index + 1, errors);
        });
    }

    private static String parentField(int index) {
        return "affiliations[" + index + "].parentId";
    }

    /** True when {@code self} is reached walking up the affiliations from {@code level}. */
    private Uni<Boolean> reaches(Collection<UUID> level, UUID self, Set<UUID> seen) {
        if (level.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return sources.parentIds(level).chain(up -> {
            if (up.contains(self)) {
                return Uni.createFrom().item(true);
            }
            List<UUID> next = up.stream().filter(seen::add).toList();
            return reaches(next, self, seen);
        });
    }

    /** Live sources before archived ones, and a match on the name before a match on an alias. */
    private static Source pickResolved(String name, List<Source> found, List<UUID> byName) {
        List<Source> candidates = found.stream().filter(s -> !s.archived && byName.contains(s.id)).toList();
        if (candidates.isEmpty()) {
            candidates = found.stream().filter(s -> !s.archived).toList();
        }
        if (candidates.isEmpty()) {
            candidates = found;
        }
        if (candidates.size() > 1) {
            throw ProblemException.conflict("'" + name + "' names " + candidates.size() + " sources; use a slug or id")
                    .with("candidates", candidates.stream().map(s -> Map.of("id", s.id, "slug", s.slug, "name", s.name)).toList());
        }
        return candidates.get(0);
    }

    /** Copies the draft's fields; an absent reliability becomes {@code unrated}. */
    private static void copy(SourceDraft draft, Source source, Reliability unrated) {
        source.name = draft.name().strip();
        source.kind = draft.kind();
        source.aliases.clear();
        draft.aliasesOrEmpty().forEach(alias -> source.aliases.add(alias.strip()));
        source.country = draft.country();
        source.homepage = draft.homepage();
        source.description = draft.description();
        source.reliability = draft.reliability() == null ? unrated : draft.reliability();
        source.stateAffiliated = Boolean.TRUE.equals(draft.stateAffiliated());
    }


}
