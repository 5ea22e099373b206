package io.claimtrail.claims.domain;

import io.claimtrail.claims.store.ClaimQueries;
import io.claimtrail.claims.store.RelationRepository;
import io.claimtrail.claims.store.TransitionRepository;
import io.claimtrail.common.api.Page;
import io.claimtrail.common.api.PageRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One page of a story's claims with their relations and history, as of a day and/or as known at a moment: what
 * the timelines service needs, in a fixed number of queries per page whatever the number of claims.
 */
@ApplicationScoped
public class StoryQuery {

    /** A claim as it stood, with the relations and transitions visible at that time. */
    public record StoryClaim(ClaimSnapshot claim, List<Relation> relations, List<Transition> history) {
    }

    private final ClaimService claims;
    private final RelationRepository relations;
    private final TransitionRepository transitions;

    public StoryQuery(ClaimService claims, RelationRepository relations, TransitionRepository transitions) {
        this.claims = claims;
        this.relations = relations;
        this.transitions = transitions;
    }

    @WithSession
    public Uni<Page<StoryClaim>> page(ClaimQueries.Filter filter, PageRequest page, boolean withRelations,
            boolean withHistory) {
        return claims.list(filter, page).chain(found -> {
            List<UUID> ids = found.items().stream().map(s -> s.claim().id).toList();
            Uni<List<Relation>> related = withRelations ? relations.involving(ids) : Uni.createFrom().item(List.of());
            return related.chain(links -> (withHistory ? transitions.histories(ids) : Uni.createFrom().item(List.<Transition>of()))
                    .map(moves -> assemble(found, links, moves, filter.asOf(), filter.knownAt())));
        });
    }

    private static Page<StoryClaim> assemble(Page<ClaimSnapshot> found, List<Relation> links, List<Transition> moves,
            LocalDate asOf, Instant knownAt) {
        Map<UUID, List<Transition>> historyOf = moves.stream()
                .filter(t -> knownAt == null || !t.recordedAt.isAfter(knownAt))
                .filter(t -> asOf == null || (t.effectiveLatest != null && !t.effectiveLatest.isAfter(asOf)))
                .collect(Collectors.groupingBy(t -> t.claimId));
        List<Relation> visibleLinks = links.stream()
                .filter(r -> knownAt == null || !r.recordedAt.isAfter(knownAt)).toList();
        return found.map(snapshot -> new StoryClaim(snapshot,
                visibleLinks.stream().filter(r -> r.fromClaimId.equals(snapshot.claim().id)
                        || r.toClaimId.equals(snapshot.claim().id)).toList(),
                historyOf.getOrDefault(snapshot.claim().id, List.of())));
    }
}
