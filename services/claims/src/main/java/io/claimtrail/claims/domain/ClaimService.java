package io.claimtrail.claims.domain;

import io.claimtrail.claims.api.ClaimView;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.audit.AuditView;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.security.Roles;
import io.claimtrail.common.time.Clock;
import io.claimtrail.claims.client.SourceDirectory;
import io.claimtrail.claims.client.SourceSummary;
import io.claimtrail.claims.store.ClaimQueries;
import io.claimtrail.claims.store.ClaimRepository;
import io.claimtrail.claims.store.ClaimRows;
import io.claimtrail.claims.store.TransitionRepository;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.api.ServiceUnavailable;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
    private final TransitionRepository transitions;
    private final ClaimQueries queries;
    private final SourceDirectory sources;
    private final Clock clock;
    private final Caller caller;
    private final AuditLog audit;

    public ClaimService(ClaimRepository claims, ClaimRows rows, TransitionRepository transitions, ClaimQueries queries,
            SourceDirectory sources, Clock clock, Caller caller, AuditLog audit) {
        this.claims = claims;
        this.rows = rows;
        this.transitions = transitions;
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
    public Uni<Claim> create(ClaimDraft draft) {
        ClaimRules.check(draft);
        if (draft.credibility() != null && draft.credibility() != Credibility.CANNOT_BE_JUDGED) {
            caller.require(Roles.EDITOR, "credibility", "Rating a claim's credibility");
        }
        String actor = caller.subject();
        return checkSources(draft).chain(() -> store(draft, actor));
    }

    @WithTransaction
    Uni<Claim> store(ClaimDraft draft, String actor) {
        Instant now = clock.now();
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.status = ClaimStatus.UNVERIFIED;
        claim.credibility = draft.credibility() == null ? Credibility.CANNOT_BE_JUDGED : draft.credibility();
        claim.createdAt = now;
        describe(claim, draft, now);
        Transition first = new Transition();
        first.id = UUID.randomUUID();
        first.claimId = claim.id;
        first.to = claim.status;
        first.credibility = claim.credibility;
        first.reason = CREATED_REASON;
        first.setEffectiveOn(draft.statedOn());
        first.recordedAt = now;
        first.actor = actor;
        return claims.persist(claim).call(() -> transitions.persist(first)).call(claims::flush)
                .call(created -> audit.record(created.id, "claim", created.id, "created", null, ClaimView.of(created)));
    }

    /** Replaces the descriptive fields; status and credibility change only through transitions. */
    public Uni<Claim> update(UUID id, long expectedVersion, ClaimDraft draft) {
        if (draft.credibility() != null) {
            throw ProblemException.invalid("credibility", "changes through POST /claims/{id}/transitions, not PUT");
        }
        ClaimRules.check(draft);
        return checkSources(draft).chain(() -> replace(id, expectedVersion, draft));
    }

    @WithTransaction
    Uni<Claim> replace(UUID id, long expectedVersion, ClaimDraft draft) {
        ClaimView[] before = new ClaimView[1];
        return claims.findFull(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", id))
                .invoke(claim -> {
                    ETags.check(expectedVersion, claim.version);
                    before[0] = ClaimView.of(claim);
                    describe(claim, draft, clock.now());
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

    /** The claim now, or as of a day / as known at a moment: 404 when it was not yet stated or recorded then. */
    public Uni<ClaimSnapshot> get(UUID id, LocalDate asOf, Instant knownAt) {
        return rows.byId(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", id))
                .chain(claim -> {
                    if (asOf == null && knownAt == null) {
                        return Uni.createFrom().item(ClaimSnapshot.current(claim));
                    }
                    if (!visible(claim, asOf, knownAt)) {
                        throw new ProblemException(404, "Claim " + id + " was not yet "
                                + (knownAt != null && claim.createdAt.isAfter(knownAt) ? "recorded at " + knownAt
                                : "certainly stated on " + asOf) + " (statedOn " + claim.statedOn + ")");
                    }
                    return snapshots(List.of(claim), asOf, knownAt).map(list -> list.get(0));
                });
    }

    public Uni<Page<ClaimSnapshot>> list(ClaimQueries.Filter filter, PageRequest page) {
        return queries.search(filter, page).chain(hits -> rows.byIds(hits.ids())
                .chain(found -> snapshots(found, filter.asOf(), filter.knownAt()))
                .map(items -> new Page<>(items, page.page(), page.size(), hits.total(), hits.totalExact())));
    }

    public Uni<Lookup> lookup(List<UUID> ids, LocalDate asOf, Instant knownAt) {
        if (ids.size() > MAX_LOOKUP) {
            throw ProblemException.invalid("ids", "at most " + MAX_LOOKUP + " ids in one call, got " + ids.size());
        }
        return rows.byIds(ids).chain(found -> {
            Set<UUID> seen = new LinkedHashSet<>();
            found.forEach(c -> seen.add(c.id));
            List<UUID> missing = ids.stream().distinct().filter(id -> !seen.contains(id)).toList();
            List<Claim> visible = found.stream().filter(c -> visible(c, asOf, knownAt)).toList();
            List<UUID> notYet = found.stream().filter(c -> !visible(c, asOf, knownAt)).map(c -> c.id).toList();
            return snapshots(visible, asOf, knownAt).map(items -> new Lookup(items, missing, notYet));
        });
    }

    /** What a ClaimReview needs: the claim, its latest transition, and its author and publishers. */
    public record Reviewed(Claim claim, Transition latest, Map<UUID, SourceSummary> sources) {
    }

    @WithSession
    public Uni<Reviewed> reviewed(UUID id) {
        return claims.findFull(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", id))
                .chain(claim -> transitions.latest(id).chain(latest -> {
                    List<UUID> ids = new ArrayList<>();
                    ids.add(claim.sourceId);
                    claim.appearances.stream().map(a -> a.publisherId).filter(java.util.Objects::nonNull).forEach(ids::add);
                    return sources.find(ids).onFailure().transform(e -> ServiceUnavailable.of("sources", e)).map(found -> {
                        if (!found.containsKey(claim.sourceId)) {
                            throw new ProblemException(503, "The sources service no longer knows source " + claim.sourceId
                                    + ", the author of this claim").header("Retry-After", ServiceUnavailable.RETRY_AFTER_SECONDS);
                        }
                        return new Reviewed(claim, latest, found);
                    });
                }));
    }

    /** Each claim as it stood as of the day and/or as known at the moment; as it is now when both are null. */
    Uni<List<ClaimSnapshot>> snapshots(List<Claim> found, LocalDate asOf, Instant knownAt) {
        if (asOf == null && knownAt == null) {
            return Uni.createFrom().item(found.stream().map(ClaimSnapshot::current).toList());
        }
        return queries.statesAsOf(found.stream().map(c -> c.id).toList(), asOf, knownAt).map(states -> found.stream()
                .map(claim -> {
                    ClaimQueries.State state = states.get(claim.id);
                    return state == null ? new ClaimSnapshot(claim, claim.status, claim.credibility, asOf, knownAt)
                            : new ClaimSnapshot(claim, state.status(), state.credibility(), asOf, knownAt);
                }).toList());
    }

    static boolean visible(Claim claim, LocalDate asOf, Instant knownAt) {
        boolean stated = asOf == null || (claim.statedLatest != null && !claim.statedLatest.isAfter(asOf));
        boolean known = knownAt == null || !claim.createdAt.isAfter(knownAt);
        return stated && known;
    }

    /** 422 naming each unknown source; 503 when the sources service cannot tell. */
    private Uni<Void> checkSources(ClaimDraft draft) {
        List<UUID> ids = new ArrayList<>();
        ids.add(draft.sourceId());
        draft.appearancesOrEmpty().stream().map(ClaimDraft.AppearanceDraft::publisherId)
                .filter(java.util.Objects::nonNull).forEach(ids::add);
        return sources.find(ids)
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
                })
                .replaceWithVoid();
    }

    private static void describe(Claim claim, ClaimDraft draft, Instant now) {
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
    }

}
