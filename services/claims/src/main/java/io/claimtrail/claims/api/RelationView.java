package io.claimtrail.claims.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.claims.domain.RelationService;
import io.claimtrail.claims.domain.RelationType;
import io.claimtrail.common.date.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A relation seen from one claim: OUTGOING when this claim is the subject ("this SUPPORTS other"). */
@Schema(name = "Relation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelationView(UUID id, RelationType type, Direction direction, UUID fromClaimId, UUID toClaimId,
        UUID otherClaimId, String otherText, UUID otherSourceId, PartialDate otherStatedOn, ClaimStatus otherStatus,
        int otherCredibility, String note, Instant recordedAt, String actor) {

    public enum Direction { OUTGOING, INCOMING }

    public static RelationView of(RelationService.Linked linked) {
        var relation = linked.relation();
        var other = linked.other();
        return new RelationView(relation.id, relation.type, linked.outgoing() ? Direction.OUTGOING : Direction.INCOMING,
                relation.fromClaimId, relation.toClaimId, other.claim().id, other.claim().text, other.claim().sourceId,
                other.claim().stated(), other.status(), other.credibility(), relation.note, relation.recordedAt,
                relation.actor);
    }
}
