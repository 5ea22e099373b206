package io.claimtrail.claims.domain;

import io.claimtrail.claims.api.ClaimView;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.time.Clock;
import io.claimtrail.claims.store.ClaimRepository;
import io.claimtrail.claims.store.TransitionRepository;
import io.claimtrail.common.api.ETags;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.text.WebAddresses;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves a claim along the status graph of {@link ClaimStatus}, keeping every move. Transitions are recorded in the
 * order they took effect: one that certainly took effect before the latest one is refused, because the history
 * after it would no longer follow the graph.
 */
@ApplicationScoped
public class TransitionService {

    private final ClaimRepository claims;
    private final TransitionRepository transitions;
    private final Clock clock;
    private final Caller caller;
    private final AuditLog audit;

    public TransitionService(ClaimRepository claims, TransitionRepository transitions, Clock clock, Caller caller,
            AuditLog audit) {
        this.claims = claims;
        this.transitions = transitions;
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
                .call(claim -> transitions.latest(claimId).invoke(latest -> checkMove(claim, latest, draft)))
                .call(claim -> checkEvidence(claim, draft))
                .call(claim -> {
                    ClaimView before = ClaimView.of(claim);
                    int credibility = draft.credibility() == null ? claim.credibility : draft.credibility();
                    Transition move = new Transition();
                    move.id = UUID.randomUUID();
                    move.claimId = claim.id;
                    move.from = claim.status;
                    move.to = draft.to();
                    move.credibility = credibility;
                    move.reason = draft.reason().strip();
                    move.evidenceUrl = draft.evidenceUrl();
                    move.evidenceClaimId = draft.evidenceClaimId();
                    move.setEffectiveOn(draft.effectiveOn());
                    move.recordedAt = clock.now();
                    move.actor = caller.subject();
                    claim.status = draft.to();
                    claim.credibility = credibility;
                    claim.updatedAt = move.recordedAt;
                    return transitions.persist(move).call(claims::flush).call(() -> audit.record(claim.id,
                            "transition", move.id, "transitioned", before, ClaimView.of(claim)));
                });
    }

    @WithSession
    public Uni<List<Transition>> history(UUID claimId) {
        return claims.findById(claimId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", claimId))
                .chain(claim -> transitions.history(claimId));
    }

    private void checkMove(Claim claim, Transition latest, TransitionDraft draft) {
        List<FieldProblem> errors = new ArrayList<>();
        if (draft.evidenceUrl() != null && !WebAddresses.isHttp(draft.evidenceUrl())) {
            errors.add(new FieldProblem("evidenceUrl", "must be an absolute http or https URL"));
        }
        if (ClaimRules.before(draft.effectiveOn(), claim.stated())) {
            errors.add(new FieldProblem("effectiveOn", "lies before the claim was stated (" + claim.statedOn + ")"));
        }
        if (ClaimRules.startsAfter(draft.effectiveOn(), clock.today())) {
            errors.add(new FieldProblem("effectiveOn", "lies in the future"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ClaimStatus from = claim.status;
        int credibility = draft.credibility() == null ? claim.credibility : draft.credibility();
        if (draft.to() == from && credibility == claim.credibility) {
            throw ProblemException.conflict("The claim is already " + from + " with credibility " + credibility
                    + "; a transition must change the status or the credibility").with("allowed", from.allowedNext());
        }
        if (draft.to() != from && !from.allowedNext().contains(draft.to())) {
            throw ProblemException.conflict("A claim cannot move from " + from + " to " + draft.to() + "; allowed: "
                    + (from.allowedNext().isEmpty() ? "none (" + from + " is final)" : from.allowedNext()))
                    .with("from", from).with("allowed", from.allowedNext());
        }
        if (latest != null && ClaimRules.before(draft.effectiveOn(), latest.effective())) {
            throw ProblemException.conflict("effectiveOn " + draft.effectiveOn() + " lies before the latest transition ("
                    + latest.effectiveOn + "); transitions are recorded in the order they took effect")
                    .with("latestEffectiveOn", latest.effectiveOn);
        }
    }

    /** The evidence claim must exist, and an absence of evidence can never refute on its own. */
    private Uni<Void> checkEvidence(Claim claim, TransitionDraft draft) {
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
        }).replaceWithVoid();
    }
}
