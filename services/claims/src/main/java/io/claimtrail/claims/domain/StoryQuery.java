package io.claimtrail.claims.domain;

import io.claimtrail.claims.store.ClaimRows;
import io.claimtrail.claims.store.StoryPages;
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
 * the timelines service needs, in a fixed number of queries per page whatever the number of claims. Pages follow
 * each other by cursor ({@link StoryPages}).
 */
@ApplicationScoped
public class StoryQuery {

    /** A claim as it stood, with the relations and transitions visible at that time. */
    public record StoryClaim(ClaimSnapshot claim, List<Relation> relations, List<Transition> history) {
    }

    /** A page of the story and the cursor of the next one, null after the last. */
    public record Page(List<StoryClaim> items, String next) {
    }

    private final ClaimService claims;
    private final StoryPages pages;
    private final ClaimRows rows;

    public StoryQuery(ClaimService claims, StoryPages pages, ClaimRows rows) {
        this.claims = claims;
        this.pages = pages;
        this.rows = rows;
    }

    /** Up to {@code size} claims after the cursor {@code after} (null for the first page). */
    public Uni<Page> page(List<String> topics, List<UUID> pinnedIds, LocalDate asOf, Instant knownAt, String after,
            int size, boolean withRelations, boolean withHistory) {
        return pages.page(topics, pinnedIds, asOf, knownAt, after, size).chain(found -> claims
                .snapshots(found.claims(), asOf, knownAt).chain(snapshots -> {
                    List<UUID> ids = found.claims().stream().map(c -> c.id).toList();
                    Uni<List<Relation>> related = withRelations ? rows.relations(ids)
                            : Uni.createFrom().item(List.of());
                    return related.chain(links -> (withHistory ? rows.histories(ids)
                            : Uni.createFrom().item(List.<Transition>of()))
                            .map(moves -> new Page(assemble(snapshots, links, moves, asOf, knownAt), found.next())));
                }));
    }

    private static List<StoryClaim> assemble(List<ClaimSnapshot> found, List<Relation> links, List<Transition> moves,
            LocalDate asOf, Instant knownAt) {
        Map<UUID, List<Transition>> historyOf = moves.stream()
                .filter(t -> knownAt == null || !t.recordedAt.isAfter(knownAt))
                .filter(t -> asOf == null || (t.effectiveLatest != null && !t.effectiveLatest.isAfter(asOf)))
                .collect(Collectors.groupingBy(t -> t.claimId));
        List<Relation> visibleLinks = links.stream()
                .filter(r -> knownAt == null || !r.recordedAt.isAfter(knownAt)).toList();
        return found.stream().map(snapshot -> new StoryClaim(snapshot,
                visibleLinks.stream().filter(r -> r.fromClaimId.equals(snapshot.claim().id)
                        || r.toClaimId.equals(snapshot.claim().id)).toList(),
                historyOf.getOrDefault(snapshot.claim().id, List.of()))).toList();
    }
}
