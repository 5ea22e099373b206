package io.claimtrail.claims.domain;

import io.claimtrail.claims.api.RelationView;
import io.claimtrail.common.audit.AuditLog;
import io.claimtrail.common.security.Caller;
import io.claimtrail.common.time.Clock;
import io.claimtrail.claims.store.ClaimRepository;
import io.claimtrail.claims.store.ClaimRows;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.claims.store.RelationRepository;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Typed links between claims: no self-links, no exact duplicates, and only a claim's own source retracts it. */
@ApplicationScoped
public class RelationService {

    /** A relation seen from one claim, with the claim at its other end. */
    public record Linked(Relation relation, boolean outgoing, ClaimSnapshot other) {
    }

    private final ClaimRepository repository;
    private final ClaimService claims;
    private final RelationRepository relations;
    private final ClaimRows rows;
    private final Clock clock;
    private final Caller caller;
    private final AuditLog audit;

    public RelationService(ClaimRepository repository, ClaimService claims, RelationRepository relations, ClaimRows rows,
            Clock clock, Caller caller, AuditLog audit) {
        this.repository = repository;
        this.claims = claims;
        this.relations = relations;
        this.rows = rows;
        this.clock = clock;
        this.caller = caller;
        this.audit = audit;
    }

    /** Records the relation, and an audit entry under each of its claims, showing it as seen from that claim. */
    @WithTransaction
    public Uni<Linked> relate(UUID fromId, RelationDraft draft) {
        if (fromId.equals(draft.targetId())) {
            throw ProblemException.invalid("targetId", "a claim cannot be related to itself");
        }
        Claim[] source = new Claim[1];
        return repository.findById(fromId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("claim", fromId))
                .invoke(from -> source[0] = from)
                .chain(from -> repository.findById(draft.targetId()).map(to -> {
                    if (to == null) {
                        throw new ProblemException(422, "targetId: no claim with id " + draft.targetId(),
                                List.of(new FieldProblem("targetId", "no claim with id " + draft.targetId())));
                    }
                    if (draft.type() == RelationType.RETRACTS && !from.sourceId.equals(to.sourceId)) {
                        throw ProblemException.conflict("Only a claim of the same source can retract another; "
                                + "use CONTRADICTS for another source's denial");
                    }
                    return to;
                }))
                .call(to -> relations.exists(fromId, draft.targetId(), draft.type()).invoke(exists -> {
                    if (exists) {
                        throw ProblemException.conflict("This claim already " + draft.type() + " " + draft.targetId());
                    }
                }))
                .chain(to -> {
                    Relation relation = new Relation();
                    relation.id = UUID.randomUUID();
                    relation.fromClaimId = fromId;
                    relation.toClaimId = draft.targetId();
                    relation.type = draft.type();
                    relation.note = draft.note();
                    relation.recordedAt = clock.now();
                    relation.actor = caller.subject();
                    Linked outgoing = new Linked(relation, true, ClaimSnapshot.current(to));
                    Linked incoming = new Linked(relation, false, ClaimSnapshot.current(source[0]));
                    return relations.persist(relation).call(relations::flush)
                            .call(() -> record(fromId, outgoing))
                            .call(() -> record(draft.targetId(), incoming))
                            .replaceWith(outgoing);
                });
    }

    /**
     * The relations of a claim in both directions, with the other claim of each as the view sees it: relations
     * recorded by the view's moment whose other claim was recorded then and certainly stated by its day.
     */
    public Uni<List<Linked>> of(UUID claimId, AsOf view) {
        return claims.recorded(claimId, view)
                .chain(claim -> rows.relations(List.of(claimId)))
                .chain(all -> linked(claimId, all, view));
    }

    /** As {@link #of}, from the relations of the claim already read ({@code all}, in the record now). */
    public Uni<List<Linked>> linked(UUID claimId, List<Relation> all, AsOf view) {
        return linked(claimId, all, view, true);
    }

    /** As above; without {@code collections}, the other claims may come without their topics and appearances. */
    public Uni<List<Linked>> linked(UUID claimId, List<Relation> all, AsOf view, boolean collections) {
        List<Relation> found = all.stream().filter(r -> view.recorded(r.recordedAt)).toList();
        List<UUID> others = found.stream().map(r -> otherEnd(r, claimId)).distinct().toList();
        return (collections ? claims.read(others, view) : claims.readWithoutCollections(others, view)).map(read -> {
            Map<UUID, ClaimSnapshot> byId = read.stream().filter(c -> view.stated(c.claim().statedLatest))
                    .collect(Collectors.toMap(c -> c.claim().id, Function.identity()));
            return found.stream()
                    .filter(r -> byId.containsKey(otherEnd(r, claimId)))
                    .map(r -> new Linked(r, r.fromClaimId.equals(claimId), byId.get(otherEnd(r, claimId))))
                    .toList();
        });
    }

    private Uni<Void> record(UUID subjectId, Linked seen) {
        return audit.record(subjectId, "relation", seen.relation().id, "related", null, RelationView.of(seen));
    }

    private static UUID otherEnd(Relation relation, UUID claimId) {
        return relation.fromClaimId.equals(claimId) ? relation.toClaimId : relation.fromClaimId;
    }
}
