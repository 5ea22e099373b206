package io.claimtrail.claims.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A requested change of status and/or credibility. */
@Schema(name = "TransitionInput")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransitionDraft(
        @NotNull ClaimStatus to,
        @Schema(description = "New Admiralty credibility 1-6; the current one when absent") @Min(1) @Max(6) Integer credibility,
        @NotBlank @Size(max = 2000) String reason,
        @Size(max = 2000) String evidenceUrl,
        @Schema(description = "A claim in this service that is the evidence, e.g. a later confirmation") UUID evidenceClaimId,
        @Schema(description = "When it became true in the public record (EDTF)") @NotNull PartialDate effectiveOn,
        @Schema(description = "The claim's suggestion this transition accepts (its id, from the claim's "
                + "`suggestion`): to and credibility must be the suggested ones") UUID suggestionId) {

    public TransitionDraft(ClaimStatus to, Integer credibility, String reason, String evidenceUrl, UUID evidenceClaimId,
            PartialDate effectiveOn) {
        this(to, credibility, reason, evidenceUrl, evidenceClaimId, effectiveOn, null);
    }
}
