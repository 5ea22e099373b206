package io.claimtrail.timelines.domain.draft;

import io.claimtrail.common.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Decisions and edits on some of a draft's candidates; fields left out stay as they are. */
@Schema(name = "DraftReview")
public record DraftReview(@NotNull @Size(max = 1000) List<@NotNull @Valid Item> candidates) {

    @Schema(name = "DraftCandidateEdit")
    public record Item(
            @Schema(description = "The candidate's index in the draft") @NotNull @Min(0) Integer index,
            @Schema(description = "ACCEPTED, REJECTED or PENDING") DraftCandidate.Decision decision,
            @Size(max = 2000) @PlainText String text,
            @Size(max = 10000) @PlainText(multiline = true) String quote,
            @Schema(description = "EDTF") @Size(max = 64) String statedOn,
            @Schema(description = "ASSERTION, DENIAL, NO_EVIDENCE or FORECAST") @Size(max = 32) String kind,
            @Schema(description = "EDTF; FORECAST only") @Size(max = 64) String resolvesBy,
            @Size(max = 50) List<@NotNull @Size(max = 64) String> topics,
            @Schema(description = "An existing source as the speaker") UUID sourceId,
            @Schema(description = "true: create the source proposed at extraction when importing") Boolean createSource,
            @Schema(description = "Add the article to this existing claim as an appearance instead of creating a claim")
            UUID attachToClaimId,
            @Schema(description = "true: a new claim after all (clears attachToClaimId)") Boolean newClaim) {
    }
}
