package io.claimtrail.claims.domain;

import io.claimtrail.claims.api.ClaimView;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.claimtrail.claims.store.ClaimRepository;
import io.claimtrail.claims.store.RelationRepository;
import io.claimtrail.claims.store.SuggestionRows;
import io.claimtrail.claims.store.TransitionRepository;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.text.WebAddresses;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves a claim along the status graph of {@link ClaimStatus}, keeping every move. A transition takes its place in
 * the claim's {@link StatusChain} by the day it took effect, before later ones if it is back-dated; a wrong one is
 * withdrawn, never deleted. The claim's status and credibility are those of the chain's last link.
 */
@ApplicationScoped
public class TransitionService {

    private final ClaimRepository claims;
    private final TransitionRepository transitions;
    private final RelationRepository relations;
    private final SuggestionRows suggestions;
    private final Clock clock;
    private final Caller caller;
    private final AuditLog audit;

    public TransitionService(ClaimRepository claims, TransitionRepository transitions, RelationRepository relations,
            SuggestionRows suggestions, Clock clock, Caller caller, AuditLog audit) {
        this.claims = claims;
        this.transitions = transitions;
        this.relations = relations;
        this.suggestions = suggestions;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
    }

    /**
     * Applies the transition and returns the claim with its new status, credibility and version. The audit entry, under
     * the claim, is the transition's: the claim as it was before and after.
     */
    @WithTransaction
    public Uni<Claim> transition(UUID claimId, long expectedVersion, TransitionDraft draft) {
        return claims.findFull(claimId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", claimId))
                .invoke(claim -> ETags.check(expectedVersion, claim.version))
                .invoke(claim -> checkDates(claim, draft))
                .call(claim -> checkEvidence(claim, draft))
                .call(claim -> checkSuggestion(claim, draft))
                .call(claim -> transitions.history(claimId).chain(history -> {
                    ClaimView before = ClaimView.of(claim);
                    Transition move = new Transition();
                    move.id = UUID.randomUUID();
                    move.claimId = claim.id;
                    move.to = draft.to();
                    move.reason = draft.reason().strip();
                    move.evidenceUrl = draft.evidenceUrl();
                    move.evidenceClaimId = draft.evidenceClaimId();
                    move.suggestionId = draft.suggestionId();
                    move.setEffectiveOn(draft.effectiveOn());
                    move.recordedAt = clock.now();
                    move.actor = caller.subject();
                    StatusChain chain = StatusChain.of(history, AsOf.NOW);
                    move.credibility = draft.credibility() != null ? draft.credibility()
                            : chain.predecessorOf(move).credibility;
                    stand(claim, chain.insert(move), move.recordedAt, move.actor);
                    return transitions.persist(move).call(claims::flush).call(() -> audit.record(claim.id,
                            "transition", move.id, "transitioned", before, ClaimView.of(claim)));
                }));
    }

    /**
     * Withdraws a transition found wrong: it stays readable with the reason, leaves the chain from now on, and the
     * claim stands on what remains. Views as known before the withdrawal still see it in force.
     */
    @WithTransaction
    public Uni<Claim> withdraw(UUID claimId, UUID transitionId, long expectedVersion, String reason) {
        return claims.findFull(claimId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", claimId))
                .invoke(claim -> ETags.check(expectedVersion, claim.version))
                .call(claim -> transitions.history(claimId).chain(history -> {
                    Transition withdrawn = history.stream().filter(t -> t.id.equals(transitionId)).findFirst()
                            .orElseThrow(() -> ProblemException.notFound("transition", transitionId));
                    if (withdrawn.withdrawnAt != null) {
                        throw ProblemException.conflict("Transition " + transitionId + " was already withdrawn at "
                                + withdrawn.withdrawnAt + ": " + withdrawn.withdrawnReason);
                    }
                    ClaimView before = ClaimView.of(claim);
                    StatusChain rest = StatusChain.of(history, AsOf.NOW).without(withdrawn);
                    withdrawn.withdrawnAt = clock.now();
                    withdrawn.withdrawnReason = reason;
                    withdrawn.withdrawnBy = caller.subject();
                    stand(claim, rest, withdrawn.withdrawnAt, withdrawn.withdrawnBy);
                    return claims.flush().call(() -> audit.record(claim.id, "transition", withdrawn.id, "withdrew",
                            before, ClaimView.of(claim)));
                }));
    }

    /** Every transition of the claim in chain order, as recorded at the view's moment (withdrawals shown once made). */
    @WithSession
    public Uni<List<Transition>> history(UUID claimId, AsOf view) {
        return claims.findById(claimId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", claimId))
                .chain(claim -> transitions.history(claimId))
                .map(all -> all.stream().filter(t -> view.recorded(t.recordedAt)).sorted(StatusChain.ORDER).toList());
    }

    /** The claim takes the status and credibility of the chain's last link; the write is its new version. */
    private static void stand(Claim claim, StatusChain chain, Instant at, String actor) {
        Transition last = chain.last().orElseThrow();
        claim.status = last.to;
        claim.credibility = last.credibility;
        claim.updatedAt = at;
        claim.updatedBy = actor;
    }

    private void checkDates(Claim claim, TransitionDraft draft) {
        List<FieldProblem> errors = new ArrayList<>();
        if (draft.evidenceUrl() != null && !WebAddresses.isHttp(draft.evidenceUrl())) {
            errors.add(new FieldProblem("evidenceUrl", "must be an absolute http or https URL"));
        }
        if (ClaimRules.startsAfter(draft.effectiveOn(), clock.today())) {
            errors.add(new FieldProblem("effectiveOn", "lies in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (ClaimRules.before(draft.effectiveOn(), claim.stated())) {
            throw ProblemException.conflict("effectiveOn " + draft.effectiveOn() + " lies before the claim was stated ("
                    + claim.statedOn + "): nothing can happen to a claim before it is made")
                    .with("statedOn", claim.statedOn);
        }
    }

    /**
     * An accepted suggestion must be the claim's suggestion in force, and the move the one it suggests: 409 when the
     * evidence has changed since it was read (read the claim again), or the move differs.
     */
    private Uni<Void> checkSuggestion(Claim claim, TransitionDraft draft) {
        if (draft.suggestionId() == null) {
            return Uni.createFrom().voidItem();
        }
        return suggestions.of(List.of(claim.id), AsOf.NOW).invoke(found -> {
            ClaimSuggestion current = found.get(claim.id);
            if (current == null || !current.id().equals(draft.suggestionId())) {
                ProblemException stale = ProblemException.conflict("Suggestion " + draft.suggestionId() + " is not "
                        + "the claim's suggestion in force" + (current == null ? " (it has none now)" : " (it is now "
                        + current.id() + ")") + ": the evidence changed since it was read; read the claim again");
                throw current == null ? stale : stale.with("suggestionId", current.id());
            }
            int credibility = draft.credibility() == null ? claim.credibility : draft.credibility();
            if (current.status() != draft.to() || current.credibility() != credibility) {
                throw ProblemException.conflict("Suggestion " + current.id() + " suggests " + current.status()
                        + " with credibility " + current.credibility() + "; this transition moves to " + draft.to()
                        + " with credibility " + credibility + ". Accept it as suggested, or transition without "
                        + "suggestionId").with("suggestedStatus", current.status())
                        .with("suggestedCredibility", current.credibility());
            }
        }).replaceWithVoid();
    }

    /**
     * The evidence claim must exist, and an absence of evidence can never refute on its own. A retraction needs an
     * evidence URL, or a later claim of the same source that RETRACTS this one (related first).
     */
    private Uni<Void> checkEvidence(Claim claim, TransitionDraft draft) {
        if (draft.to() == ClaimStatus.RETRACTED && draft.evidenceUrl() == null && draft.evidenceClaimId() == null) {
            throw ProblemException.invalid("evidenceClaimId", "a retraction needs evidence: evidenceClaimId (a later "
                    + "claim of the same source that RETRACTS this one) or evidenceUrl (where the speaker withdrew it)");
        }
        if (draft.evidenceClaimId() == null) {
            return Uni.createFrom().voidItem();
        }
        if (draft.evidenceClaimId().equals(claim.id)) {
            throw ProblemException.invalid("evidenceClaimId", "a claim cannot be its own evidence");
        }
        return claims.findById(draft.evidenceClaimId()).invoke(evidence -> {
            if (evidence == null) {
                throw new ProblemException(422, "evidenceClaimId: no claim with id " + draft.evidenceClaimId(),
                        List.of(new FieldProblem("evidenceClaimId", "no claim with id " + draft.evidenceClaimId())));
            }
            if (evidence.kind == ClaimKind.NO_EVIDENCE && draft.to() == ClaimStatus.REFUTED) {
                throw ProblemException.conflict("An absence of evidence (a NO_EVIDENCE claim) may justify DISPUTED, "
                        + "never REFUTED on its own").with("allowed", List.of(ClaimStatus.DISPUTED));
            }
            if (draft.to() == ClaimStatus.RETRACTED && !evidence.sourceId.equals(claim.sourceId)) {
                throw ProblemException.conflict("Only the claim's own source can retract it; a denial by another "
                        + "source is a refutation or a dispute").with("allowed", List.of(ClaimStatus.DISPUTED, ClaimStatus.REFUTED));
            }
            if (draft.to() == ClaimStatus.RETRACTED && ClaimRules.before(evidence.stated(), claim.stated())) {
                throw ProblemException.conflict("The retracting claim (statedOn " + evidence.statedOn + ") was made "
                        + "before the claim it retracts (statedOn " + claim.statedOn + "); a retraction comes later");
            }
        }).chain(evidence -> draft.to() != ClaimStatus.RETRACTED || draft.evidenceUrl() != null
                ? Uni.createFrom().voidItem()
                : relations.exists(evidence.id, claim.id, RelationType.RETRACTS).invoke(related -> {
                    if (!related) {
                        throw ProblemException.conflict("Claim " + evidence.id + " does not RETRACT this claim: relate "
                                + "it first (POST /claims/" + evidence.id + "/relations, type RETRACTS), or give the "
                                + "evidenceUrl where the speaker withdrew it");
                    }
                })).replaceWithVoid();
    }
}
