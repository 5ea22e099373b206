package io.claimtrail.sources.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new reliability rating of a source. */
@Schema(name = "RatingInput")
public record RatingDraft(
        @NotNull Reliability reliability,
        @Schema(description = "From when it holds in the world (EDTF); absent: from the start, e.g. a rating that "
                + "corrects an earlier one") PartialDate effectiveOn,
        @NotBlank @Size(max = 2000) @PlainText String reason) {
}
