package io.claimtrail.claims.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.claims.domain.ClaimStatus;
import io.claimtrail.claims.domain.Credibility;
import io.claimtrail.claims.domain.Transition;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One recorded change of a claim's status or credibility. */
@Schema(name = "Transition")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitionView(UUID id, ClaimStatus from, ClaimStatus to, int credibility, Integer confidence,
        String reason, String evidenceUrl, UUID evidenceClaimId,
        @Schema(description = "When it became true in the public record") PartialDate effectiveOn,
        @Schema(description = "When this system recorded it") Instant recordedAt, String actor,
        @Schema(description = "Present when the transition was withdrawn (as known at the time asked): it no longer "
                + "counts") Withdrawal withdrawn,
        @Schema(description = "The suggestion this transition accepted (see GET /claims/{id}/assessment)") UUID suggestionId) {

    /** Who withdrew a transition, when, and why. */
    @Schema(name = "Withdrawal")
    public record Withdrawal(Instant at, String reason, String by) {
    }

    /** The transition as recorded at the view's moment: a withdrawal recorded later is not shown. */
    static TransitionView of(Transition t, AsOf view) {
        var confidence = Credibility.stixConfidence(t.credibility);
        Withdrawal withdrawn = view.withdrawn(t.withdrawnAt) ? new Withdrawal(t.withdrawnAt, t.withdrawnReason,
                t.withdrawnBy) : null;
        return new TransitionView(t.id, t.from, t.to, t.credibility, confidence.isPresent() ? confidence.getAsInt() : null,
                t.reason, t.evidenceUrl, t.evidenceClaimId, t.effective(), t.recordedAt, t.actor, withdrawn,
                t.suggestionId);
    }
}
