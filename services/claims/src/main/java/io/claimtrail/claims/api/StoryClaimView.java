package io.claimtrail.claims.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.claims.domain.RelationType;
import io.claimtrail.claims.domain.StoryQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A claim of a story with its relations (as links) and its history, as of the asked time. */
@Schema(name = "StoryClaim")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryClaimView(ClaimView claim, List<Link> relations, List<TransitionView> history) {

    /** A relation seen from this claim. */
    public record Link(UUID id, RelationType type, RelationView.Direction direction, UUID otherClaimId, String note) {
    }

    static StoryClaimView of(StoryQuery.StoryClaim found, StoryQueryRequest.Fields fields) {
        UUID self = found.claim().claim().id;
        ClaimView claim = fields == StoryQueryRequest.Fields.ENTRY ? ClaimView.entry(found.claim())
                : ClaimView.of(found.claim());
        return new StoryClaimView(claim,
                found.relations().stream().map(r -> {
                    boolean outgoing = r.fromClaimId.equals(self);
                    return new Link(r.id, r.type, outgoing ? RelationView.Direction.OUTGOING : RelationView.Direction.INCOMING,
                            outgoing ? r.toClaimId : r.fromClaimId, r.note);
                }).toList(),
                found.history().stream().map(t -> TransitionView.of(t, found.claim().view())).toList());
    }
}
