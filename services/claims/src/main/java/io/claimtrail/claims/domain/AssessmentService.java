package io.claimtrail.claims.domain;

import io.claimtrail.claims.client.SourceDirectory;
import io.claimtrail.claims.client.SourceSummary;
import io.claimtrail.claims.store.ClaimRows;
import io.claimtrail.common.api.ServiceUnavailable;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Gathers what {@link EvidenceRules} needs about a claim as the view sees it: its relations, the citation and
 * duplication chains around the related claims, and their sources (reliability that day, affiliations at any depth)
 * from the sources service, asked while the claims are read.
 */
@ApplicationScoped
public class AssessmentService {

    /** How far citation and duplication chains are followed beyond the related claims. */
    static final int CHAIN_DEPTH = 4;

    /** The claim, the evidence on it, the outcome of the rules and the sources they read. */
    public record Assessment(ClaimSnapshot claim, EvidenceRules.Outcome outcome,
            Map<UUID, EvidenceRules.SourceFacts> sources) {
    }

    private final ClaimService claims;
    private final RelationService relations;
    private final ClaimRows rows;
    private final SourceDirectory directory;

    public AssessmentService(ClaimService claims, RelationService relations, ClaimRows rows, SourceDirectory directory) {
        this.claims = claims;
        this.relations = relations;
        this.rows = rows;
        this.directory = directory;
    }

    /**
     * The sources service is asked about the claim's source and its related claims' sources as recorded now, at once,
     * while the claim, its relations, the related claims as the view sees them and the citation chains are read;
     * then only for sources those reads add (a source corrected since the view's moment, a claim a chain reaches:
     * none, usually).
     */
    public Uni<Assessment> of(UUID claimId, AsOf view) {
        Uni<Asked> early = rows.currentSources(claimId)
                .chain(ids -> network(ids, view).map(found -> new Asked(ids, found)));
        return Uni.combine().all().unis(early, gather(claimId, view)).asTuple().chain(both -> {
            Asked asked = both.getItem1();
            Gathered gathered = both.getItem2();
            Set<UUID> more = new LinkedHashSet<>();
            more.add(gathered.target().claim().sourceId);
            gathered.related().forEach(r -> more.add(r.claim().claim().sourceId));
            gathered.around().chained().forEach(r -> more.add(r.claim().claim().sourceId));
            more.removeAll(asked.ids());
            Uni<Map<UUID, SourceSummary>> rest = more.isEmpty() ? Uni.createFrom().item(Map.of()) : network(more, view);
            return rest.map(added -> {
                // as if asked in one call: the sources asked for as found, their relatives where not
                Map<UUID, SourceSummary> all = new LinkedHashMap<>(asked.found());
                added.forEach((id, source) -> {
                    if (more.contains(id)) {
                        all.put(id, source);
                    } else {
                        all.putIfAbsent(id, source);
                    }
                });
                Map<UUID, EvidenceRules.SourceFacts> facts = facts(all);
                return new Assessment(gathered.target(), EvidenceRules.assess(gathered.target(), gathered.related(),
                        gathered.around().chained(), gathered.around().echoes(), facts), facts);
            });
        });
    }

    /** The sources asked for first, and what the sources service answered (found ones and their relatives). */
    private record Asked(Set<UUID> ids, Map<UUID, SourceSummary> found) {
    }

    /** The claim and its related claims as the view sees them, and the chains around them. */
    private record Gathered(ClaimSnapshot target, List<EvidenceRules.Related> related, Chains around) {
    }

    /** The claim and its relations are read together, then the related claims, then the chains around them all. */
    private Uni<Gathered> gather(UUID claimId, AsOf view) {
        return Uni.combine().all().unis(claims.get(claimId, view), rows.relations(List.of(claimId))).asTuple()
                .chain(both -> relations.linked(claimId, both.getItem2(), view, false).chain(linked -> {
                    List<EvidenceRules.Related> related = linked.stream()
                            .map(l -> new EvidenceRules.Related(l.other(), l.relation().type, l.outgoing())).toList();
                    Set<UUID> ids = new LinkedHashSet<>();
                    ids.add(claimId);
                    related.forEach(r -> ids.add(r.claim().claim().id));
                    return echoes(ids, view).chain(echoes -> chained(echoes, ids, view)
                            .map(chained -> new Gathered(both.getItem1(), related, new Chains(echoes, chained))));
                }));
    }

    /** The CITES and DUPLICATES relations around the claims, and the claims they reach beyond them. */
    private record Chains(List<Relation> echoes, List<EvidenceRules.Related> chained) {
    }

    /** The sources with their reliability in the view and their affiliations upwards at any depth. */
    private Uni<Map<UUID, SourceSummary>> network(Set<UUID> sourceIds, AsOf view) {
        return directory.facts(sourceIds, view, true, false)
                .onFailure().transform(e -> ServiceUnavailable.of("sources", e));
    }

    /**
     * The claims the chains reach beyond {@code known}, as the view sees them (stated by its day), each with the
     * chain relation that reached it (outgoing: it is the citing end).
     */
    Uni<List<EvidenceRules.Related>> chained(List<Relation> echoes, Set<UUID> known, AsOf view) {
        Map<UUID, Relation> reached = new LinkedHashMap<>();
        for (Relation r : echoes) {
            if (!known.contains(r.fromClaimId)) {
                reached.putIfAbsent(r.fromClaimId, r);
            }
            if (!known.contains(r.toClaimId)) {
                reached.putIfAbsent(r.toClaimId, r);
            }
        }
        if (reached.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return rows.byIds(reached.keySet(), view).chain(found -> {
            List<Claim> visible = found.stream().filter(c -> view.stated(c.statedLatest)).toList();
            return claims.snapshots(visible, view).map(snapshots -> snapshots.stream()
                    .map(s -> new EvidenceRules.Related(s, reached.get(s.claim().id).type,
                            reached.get(s.claim().id).fromClaimId.equals(s.claim().id)))
                    .toList());
        });
    }

    /** The CITES and DUPLICATES relations recorded by the view's moment, followed out from {@code start}. */
    Uni<List<Relation>> echoes(Set<UUID> start, AsOf view) {
        List<Relation> found = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(start);
        Set<UUID> relationIds = new HashSet<>();
        return follow(List.copyOf(start), seen, relationIds, found, view, CHAIN_DEPTH).replaceWith(found);
    }

    private Uni<Void> follow(List<UUID> frontier, Set<UUID> seen, Set<UUID> relationIds, List<Relation> found,
            AsOf view, int depth) {
        if (frontier.isEmpty() || depth == 0) {
            return Uni.createFrom().voidItem();
        }
        return rows.echoes(frontier).chain(all -> {
            List<UUID> next = new ArrayList<>();
            for (Relation r : all) {
                boolean echo = r.type == RelationType.CITES || r.type == RelationType.DUPLICATES;
                if (echo && view.recorded(r.recordedAt) && relationIds.add(r.id)) {
                    found.add(r);
                    for (UUID end : List.of(r.fromClaimId, r.toClaimId)) {
                        if (seen.add(end)) {
                            next.add(end);
                        }
                    }
                }
            }
            return follow(next, seen, relationIds, found, view, depth - 1);
        });
    }

    static Map<UUID, EvidenceRules.SourceFacts> facts(Map<UUID, SourceSummary> found) {
        Map<UUID, EvidenceRules.SourceFacts> facts = new LinkedHashMap<>();
        found.values().forEach(s -> facts.put(s.id(), new EvidenceRules.SourceFacts(s.id(), s.name(), s.reliability(),
                s.affiliationsOrEmpty().stream().map(a -> new EvidenceRules.Link(a.parentId(),
                        PartialDate.parseNullable(a.from()), PartialDate.parseNullable(a.to()))).toList())));
        return facts;
    }
}
