package io.claimtrail.claims.domain;

import io.claimtrail.claims.api.ClaimView;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.audit.AuditView;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.security.Roles;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.claims.client.SourceDirectory;
import io.claimtrail.claims.client.SourceNetworks;
import io.claimtrail.claims.client.SourceSummary;
import io.claimtrail.claims.store.ClaimQueries;
import io.claimtrail.claims.store.ClaimRepository;
import io.claimtrail.claims.store.ClaimRows;
import io.claimtrail.claims.store.ClaimWrites;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.api.ServiceUnavailable;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;


import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Creating, describing, archiving and reading claims, now or as of a past day. */
@ApplicationScoped
public class ClaimService {

    public static final int MAX_LOOKUP = 1000;
    static final String CREATED_REASON = "Recorded";

    /** What a batch lookup found, which ids name no claim, and which were not yet stated or known at the time asked. */
    public record Lookup(List<ClaimSnapshot> found, List<UUID> missing, List<UUID> notYet) {
    }

    private final ClaimRepository claims;
    private final ClaimRows rows;
    private final ClaimQueries queries;
    private final SourceDirectory sources;
    private final Clock clock;
    private final Caller caller;
    private final AuditLog audit;
    private final MatchService matcher;
    private final ClaimWrites writes;
    private final SourceNetworks networks;

    public ClaimService(ClaimRepository claims, ClaimRows rows, ClaimQueries queries,
            SourceDirectory sources, Clock clock, Caller caller, AuditLog audit, MatchService matcher,
            ClaimWrites writes, SourceNetworks networks) {
        this.matcher = matcher;
        this.writes = writes;
        this.networks = networks;
        this.claims = claims;
        this.rows = rows;
        this.queries = queries;
        this.sources = sources;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
    }

    /**
     * Checks every referenced source in one call before anything is written; stores the claim and its first
     * transition. A starting credibility other than "cannot be judged" is a rating, which needs the editor role.
     */
    public Uni<Created> create(ClaimDraft draft) {
        ClaimRules.check(draft);
        if (draft.credibility() != null && draft.credibility() != Credibility.CANNOT_BE_JUDGED) {
            caller.require(Roles.EDITOR, "credibility", "Rating a claim's credibility");
        }
        String actor = caller.subject();
        // The same call also brings the speaker's institutions, whose claims the duplicates are looked for among.
        return checkSources(draft, true).chain(network -> store(draft, actor)
                .chain(claim -> matcher.possibleDuplicates(claim, network).map(found -> new Created(claim, found))
                        // the claim is recorded: a failed search for duplicates must not report the write as failed
                        .onFailure().recoverWithItem(e -> {
                            Log.warnf("Possible duplicates of claim %s not searched: %s", claim.id, e.getMessage());
                            return new Created(claim, null);
                        })));
    }

    /** A claim just recorded, and the recorded claims it may duplicate (claim matching, issue #13; null: not searched). */
    public record Created(Claim claim, List<MatchService.Match> possibleDuplicates) {
    }

    /** In plain SQL (ClaimWrites), not through Hibernate: the profile of issue #17 showed its cost on this path. */
    Uni<Claim> store(ClaimDraft draft, String actor) {
        Instant now = clock.now();
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.status = ClaimStatus.UNVERIFIED;
        claim.credibility = draft.credibility() == null ? Credibility.CANNOT_BE_JUDGED : draft.credibility();
        claim.createdAt = now;
        describe(claim, draft, now, actor);
        Transition first = new Transition();
        first.id = UUID.randomUUID();
        first.claimId = claim.id;
        first.to = claim.status;
        first.credibility = claim.credibility;
        first.reason = CREATED_REASON;
        first.setEffectiveOn(draft.statedOn());
        first.recordedAt = now;
        first.actor = actor;
        return writes.insert(claim, first, audit.entry(claim.id, "claim", claim.id, "created", null, ClaimView.of(claim)))
                .replaceWith(claim);
    }

    /** Replaces the descriptive fields; status and credibility change only through transitions. */
    public Uni<Claim> update(UUID id, long expectedVersion, ClaimDraft draft) {
        if (draft.credibility() != null) {
            throw ProblemException.invalid("credibility", "changes through POST /claims/{id}/transitions, not PUT");
        }
        ClaimRules.check(draft);
        String actor = caller.subject();
        return checkSources(draft, false).chain(() -> replace(id, expectedVersion, draft, actor));
    }

    @WithTransaction
    Uni<Claim> replace(UUID id, long expectedVersion, ClaimDraft draft, String actor) {
        ClaimView[] before = new ClaimView[1];
        return claims.findFull(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", id))
                .invoke(claim -> {
                    ETags.check(expectedVersion, claim.version);
                    before[0] = ClaimView.of(claim);
                    describe(claim, draft, clock.now(), actor);
                })
                .call(claim -> claims.flush())
                .call(claim -> audit.record(claim.id, "claim", claim.id, "updated", before[0], ClaimView.of(claim)));
    }

    /** Withdraws a claim from listings without deleting it; it stays readable with its reason. */
    @WithTransaction
    public Uni<Claim> archive(UUID id, Long expectedVersion, String reason) {
        return claims.findFull(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", id))
                .invoke(claim -> {
                    if (expectedVersion != null) {
                        ETags.check(expectedVersion, claim.version);
                    }
                })
                .call(claim -> {
                    if (claim.archived) {
                        return Uni.createFrom().voidItem();
                    }
                    ClaimView before = ClaimView.of(claim);
                    claim.archived = true;
                    claim.archivedReason = reason;
                    claim.updatedAt = clock.now();
                    claim.updatedBy = caller.subject();
                    return claims.flush().chain(() -> audit.record(claim.id, "claim", claim.id, "archived", before,
                            ClaimView.of(claim)));
                });
    }

    /** Every write to the claim and its transitions and relations, oldest first. */
    @WithSession
    public Uni<Page<AuditView>> audit(UUID id, PageRequest page) {
        return claims.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", id))
                .chain(claim -> audit.history(id, page));
    }

    /**
     * The claim as the view sees it (its version recorded then, its status as of the day): 404 when it was not yet
     * recorded at knownAt or not yet certainly stated on the day.
     */
    public Uni<ClaimSnapshot> get(UUID id, AsOf view) {
        return show(id, view).map(Shown::claim);
    }

    /** A claim as the view sees it, with its suggestion then (null: none, or a view of a day). */
    public record Shown(ClaimSnapshot claim, ClaimSuggestion suggestion) {
    }

    /** As {@link #get}, with the claim's suggestion read in the same statement. */
    public Uni<Shown> show(UUID id, AsOf view) {
        if (view.current()) {
            return rows.read(id).map(found -> {
                if (found == null) {
                    throw ProblemException.notFound("claim", id);
                }
                return new Shown(ClaimSnapshot.current(found.claim()), found.suggestion());
            });
        }
        return rows.seen(List.of(id), view, true).chain(seen -> {
            if (seen.claims().isEmpty()) {
                return recorded(id, view).map(claim -> (Shown) null);
            }
            Claim claim = seen.claims().get(0);
            if (!view.stated(claim.statedLatest)) {
                throw new ProblemException(404, "Claim " + id + " was not yet certainly stated on "
                        + view.day() + " (statedOn " + claim.statedOn + ")");
            }
            return Uni.createFrom().item(new Shown(snapshots(seen.claims(), seen.transitions(), view).get(0),
                    seen.suggestions().get(id)));
        });
    }

    /** The claim's version seen by the view; 404 when there is no such claim, or it was not yet recorded then. */
    public Uni<Claim> recorded(UUID id, AsOf view) {
        return rows.byId(id, view)
                .chain(claim -> claim != null ? Uni.createFrom().item(claim) : rows.byId(id).map(now -> {
                    if (now == null) {
                        throw ProblemException.notFound("claim", id);
                    }
                    throw new ProblemException(404, "Claim " + id + " was not yet recorded at " + view.knownAt());
                }));
    }

    public Uni<Page<ClaimSnapshot>> list(ClaimQueries.Filter filter, PageRequest page) {
        return queries.search(filter, page).chain(hits -> read(hits.ids(), filter.view())
                .map(items -> new Page<>(items, page.page(), page.size(), hits.total(), hits.totalExact())));
    }

    public Uni<Lookup> lookup(List<UUID> ids, AsOf view) {
        if (ids.size() > MAX_LOOKUP) {
            throw ProblemException.invalid("ids", "at most " + MAX_LOOKUP + " ids in one call, got " + ids.size());
        }
        Uni<List<Claim>> now = view.knownAt() == null ? Uni.createFrom().nullItem() : rows.byIds(ids);
        return read(ids, view).chain(found -> now.map(existing -> {
            Set<UUID> known = new LinkedHashSet<>();
            (existing == null ? found.stream().map(ClaimSnapshot::claim).toList() : existing).forEach(c -> known.add(c.id));
            List<UUID> missing = ids.stream().distinct().filter(id -> !known.contains(id)).toList();
            List<ClaimSnapshot> visible = found.stream().filter(c -> view.stated(c.claim().statedLatest)).toList();
            Set<UUID> shown = new LinkedHashSet<>();
            visible.forEach(c -> shown.add(c.claim().id));
            List<UUID> notYet = known.stream().filter(id -> !shown.contains(id)).toList();
            return new Lookup(visible, missing, notYet);
        }));
    }

    /** What a ClaimReview needs: the claim as the view sees it, its standing transition, its author and publishers. */
    public record Reviewed(ClaimSnapshot claim, Transition latest, Map<UUID, SourceSummary> sources) {
    }

    public Uni<Reviewed> reviewed(UUID id, AsOf view) {
        return get(id, view).chain(snapshot -> rows.histories(List.of(id)).chain(history -> {
                    Claim claim = snapshot.claim();
                    Transition latest = StatusChain.standing(history, view).orElseThrow();
                    List<UUID> ids = new ArrayList<>();
                    ids.add(claim.sourceId);
                    claim.appearances.stream().map(a -> a.publisherId).filter(java.util.Objects::nonNull).forEach(ids::add);
                    return sources.find(ids).onFailure().transform(e -> ServiceUnavailable.of("sources", e)).map(found -> {
                        if (!found.containsKey(claim.sourceId)) {
                            throw new ProblemException(503, "The sources service no longer knows source " + claim.sourceId
                                    + ", the author of this claim").header("Retry-After", ServiceUnavailable.RETRY_AFTER_SECONDS);
                        }
                        return new Reviewed(snapshot, latest, found);
                    });
                }));
    }

    /** The versions of a claim, oldest first, each with its recorded period and the writer. */
    public Uni<Page<ClaimRows.Version>> versions(UUID id, PageRequest page) {
        return rows.versionCount(id).chain(total -> {
            if (total == 0) {
                throw ProblemException.notFound("claim", id);
            }
            return rows.versions(id, page.offset(), page.size())
                    .map(found -> new Page<>(found, page.page(), page.size(), total));
        });
    }

    public Uni<ClaimRows.Version> version(UUID id, long number) {
        return rows.version(id, number).chain(found -> found != null ? Uni.createFrom().item(found)
                : rows.byId(id).map(claim -> {
                    throw claim == null ? ProblemException.notFound("claim", id)
                            : new ProblemException(404, "Claim " + id + " has no version " + number
                                    + "; its latest is " + claim.version);
                }));
    }

    /** Each claim (as the view read it) with the status and credibility its transitions give it in the view. */
    Uni<List<ClaimSnapshot>> snapshots(List<Claim> found, AsOf view) {
        if (view.current()) {
            return Uni.createFrom().item(found.stream().map(ClaimSnapshot::current).toList());
        }
        return rows.histories(found.stream().map(c -> c.id).toList()).map(moves -> snapshots(found, moves, view));
    }

    /** The claims with these ids with the status and credibility their transitions give them in the view, in one read. */
    Uni<List<ClaimSnapshot>> read(List<UUID> ids, AsOf view) {
        if (view.current()) {
            return rows.byIds(ids).map(found -> found.stream().map(ClaimSnapshot::current).toList());
        }
        return rows.seen(ids, view, false).map(seen -> snapshots(seen.claims(), seen.transitions(), view));
    }

    /**
     * As {@link #read}, where the caller needs no topics nor appearances (an assessment): current claims then come
     * from one query instead of three.
     */
    Uni<List<ClaimSnapshot>> readWithoutCollections(List<UUID> ids, AsOf view) {
        if (view.current()) {
            return rows.columnsByIds(ids).map(found -> found.stream().map(ClaimSnapshot::current).toList());
        }
        return read(ids, view);
    }

    static List<ClaimSnapshot> snapshots(List<Claim> found, List<Transition> moves, AsOf view) {
        Map<UUID, List<Transition>> byClaim = moves.stream().collect(Collectors.groupingBy(t -> t.claimId));
        return found.stream().map(claim -> ClaimSnapshot.of(claim, byClaim.getOrDefault(claim.id, List.of()), view))
                .toList();
    }

    /**
     * 422 naming each unknown source; 503 when the sources service cannot tell. The sources found, and with
     * {@code institutions} in the same call the ones they are affiliated with at any depth.
     */
    private Uni<Map<UUID, SourceSummary>> checkSources(ClaimDraft draft, boolean institutions) {
        List<UUID> ids = new ArrayList<>();
        ids.add(draft.sourceId());
        draft.appearancesOrEmpty().stream().map(ClaimDraft.AppearanceDraft::publisherId)
                .filter(java.util.Objects::nonNull).forEach(ids::add);
        Uni<Map<UUID, SourceSummary>> lookup = institutions ? networks.current(ids) : sources.find(ids);
        return lookup
                .onFailure().transform(e -> ServiceUnavailable.of("sources", e))
                .invoke(found -> {
                    List<FieldProblem> unknown = new ArrayList<>();
                    if (!found.containsKey(draft.sourceId())) {
                        unknown.add(new FieldProblem("sourceId", "no source with id " + draft.sourceId()));
                    }
                    List<ClaimDraft.AppearanceDraft> appearances = draft.appearancesOrEmpty();
                    for (int i = 0; i < appearances.size(); i++) {
                        UUID publisher = appearances.get(i).publisherId();
                        if (publisher != null && !found.containsKey(publisher)) {
                            unknown.add(new FieldProblem("appearances[" + i + "].publisherId", "no source with id " + publisher));
                        }
                    }
                    if (!unknown.isEmpty()) {
                        throw new ProblemException(422, unknown.size() == 1 ? unknown.get(0).field() + ": "
                                + unknown.get(0).message() : unknown.size() + " sources are unknown", unknown);
                    }
                });
    }

    private static void describe(Claim claim, ClaimDraft draft, Instant now, String actor) {
        claim.text = draft.text().strip();
        claim.quote = draft.quote();
        claim.language = draft.language();
        claim.sourceId = draft.sourceId();
        claim.setStatedOn(draft.statedOn());
        claim.kind = draft.kind();
        claim.setResolvesBy(draft.resolvesBy());
        claim.topics.clear();
        claim.topics.addAll(draft.topicsOrEmpty());
        claim.appearances.clear();
        draft.appearancesOrEmpty().forEach(a -> claim.appearances.add(Appearance.of(a.url().strip(), a.publisherId(),
                a.publishedOn(), a.retrievedAt(), a.quote())));
        claim.updatedAt = now;
        claim.updatedBy = actor;
    }

}
