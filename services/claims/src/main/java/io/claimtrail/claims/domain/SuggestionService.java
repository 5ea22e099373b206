package io.claimtrail.claims.domain;

import io.claimtrail.claims.store.ClaimRows;
import io.claimtrail.claims.store.SuggestionRows;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.common.time.Clock;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each claim's suggestion: after a relation or transition is recorded, the claims it touches are assessed
 * again (now), and a suggestion that differs from where the claim stands is kept until it changes or is accepted.
 * Nothing here changes a status: an editor accepts a suggestion with a transition that cites it.
 */
@ApplicationScoped
public class SuggestionService {

    private final AssessmentService assessments;
    private final SuggestionRows suggestions;
    private final ClaimRows rows;
    private final Clock clock;

    public SuggestionService(AssessmentService assessments, SuggestionRows suggestions, ClaimRows rows, Clock clock) {
        this.assessments = assessments;
        this.suggestions = suggestions;
        this.rows = rows;
        this.clock = clock;
    }

    /** The suggestions of these claims as recorded at the view's moment (none in a view of a day, {@link ClaimSuggestion#shownIn}). */
    public Uni<Map<UUID, ClaimSuggestion>> of(Collection<UUID> claimIds, AsOf view) {
        return suggestions.of(claimIds, view);
    }

    /**
     * After a transition of {@code claimId}: it, and every claim it bears on as evidence (the targets of its
     * relations, and either end of a contradiction), are assessed again.
     */
    public Uni<Void> refreshAround(UUID claimId) {
        return refreshAround(Set.of(claimId));
    }

    /**
     * After a relation is recorded: both its ends; and when it is a CITES or DUPLICATES, which joins lines of
     * evidence, every claim that a claim of the chain it joins bears on (the chain followed as an assessment
     * follows it, {@link AssessmentService#CHAIN_DEPTH} steps out).
     */
    public Uni<Void> refreshAfterRelation(Relation relation) {
        Set<UUID> ends = new LinkedHashSet<>(List.of(relation.toClaimId, relation.fromClaimId));
        if (relation.type != RelationType.CITES && relation.type != RelationType.DUPLICATES) {
            return refresh(List.copyOf(ends));
        }
        return assessments.echoes(ends, AsOf.NOW).chain(echoes -> {
            Set<UUID> chain = new LinkedHashSet<>(ends);
            echoes.forEach(r -> {
                chain.add(r.fromClaimId);
                chain.add(r.toClaimId);
            });
            return refreshAround(chain);
        });
    }

    /** These claims and every claim they bear on as evidence. */
    private Uni<Void> refreshAround(Set<UUID> claimIds) {
        return rows.relations(claimIds).chain(found -> {
            Set<UUID> ids = new LinkedHashSet<>(claimIds);
            found.forEach(r -> {
                if (claimIds.contains(r.fromClaimId) || r.type == RelationType.CONTRADICTS) {
                    ids.add(r.fromClaimId);
                    ids.add(r.toClaimId);
                }
            });
            return refresh(List.copyOf(ids));
        });
    }

    /**
     * Assesses each claim now and keeps the suggestion when it differs from where the claim stands. When the sources
     * service cannot rate the sources, the suggestion in force stays and the failure is logged: the write that
     * caused the refresh is already recorded, and the next one draws it again.
     */
    public Uni<Void> refresh(List<UUID> claimIds) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : claimIds) {
            chain = chain.chain(() -> refreshOne(id));
        }
        return chain;
    }

    private Uni<Void> refreshOne(UUID claimId) {
        return assessments.of(claimId, AsOf.NOW).chain(found -> {
            EvidenceRules.Suggestion s = found.outcome().suggestion();
            ClaimSnapshot claim = found.claim();
            boolean differs = s.status() != claim.status() || s.credibility() != claim.credibility();
            ClaimSuggestion next = differs ? new ClaimSuggestion(UUID.randomUUID(), claimId, s.status(),
                    s.credibility(), s.statusRule().name(), s.credibilityRule().name(), null) : null;
            return suggestions.replace(claimId, next, clock.now());
        }).onFailure().recoverWithUni(e -> {
            Log.warnf("Suggestion of claim %s not refreshed: %s", claimId, e.getMessage());
            return Uni.createFrom().voidItem();
        });
    }
}
