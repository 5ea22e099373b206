package io.claimtrail.claims.api;

import io.claimtrail.common.date.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Up to 100 texts to match against the recorded claims, each with its speaker and date when known. */
@Schema(name = "SimilarClaimsRequest")
public record SimilarRequest(@NotEmpty @Size(max = 100) List<@NotNull @Valid Item> items,
        @Schema(description = "Days before and after each statedOn in which candidates may have been stated; 30 by "
                + "default") @Min(0) @Max(3650) Integer windowDays,
        @Schema(description = "Matches per text, 5 by default") @Min(1) @Max(20) Integer limit,
        @Schema(description = "Match against the claims as the record stood on this day (EDTF day)") PartialDate asOf,
        @Schema(description = "Match against the claims as recorded at this moment") Instant knownAt) {

    /** One text: without sourceId it is matched over every source, without statedOn over every day. */
    @Schema(name = "SimilarClaimsItem")
    public record Item(@NotBlank @Size(max = 10000) String text,
            @Schema(description = "The speaker: its claims and those of its institutions on statedOn") UUID sourceId,
            @Schema(description = "When it was said (EDTF), e.g. 2024-07-01 or ../2024-07-02") PartialDate statedOn) {
    }
}
