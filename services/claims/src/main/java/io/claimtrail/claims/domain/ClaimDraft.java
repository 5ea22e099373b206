package io.claimtrail.claims.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a client sends to create a claim, or to replace its descriptive fields. */
@Schema(name = "ClaimInput")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimDraft(
        @Schema(description = "The proposition in plain words") @NotBlank @Size(max = 2000) String text,
        @Schema(description = "Verbatim words of the source") @Size(max = 10000) String quote,
        @Schema(description = "BCP 47 language tag of the quote", examples = "en") @Size(max = 35) String language,
        @Schema(description = "The source that asserts it") @NotNull UUID sourceId,
        @Schema(description = "When it was said (EDTF)") @NotNull PartialDate statedOn,
        @Schema(description = "Lower-case slugs such as north-korea") @Size(max = 50) List<@NotNull @Size(max = 64) String> topics,
        @NotNull ClaimKind kind,
        @Schema(description = "FORECAST only: when it comes true or not (EDTF)") PartialDate resolvesBy,
        @Size(max = 100) List<@NotNull @Valid AppearanceDraft> appearances,
        @Schema(description = "Admiralty credibility 1-6 to start with (create only; later through transitions); 6 (truth "
                + "cannot be judged) by default. Any other value needs the editor role")
        @Min(1) @Max(6) Integer credibility) {

    /** Where the claim was published. */
    @Schema(name = "AppearanceInput")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AppearanceDraft(@NotBlank @Size(max = 2000) String url,
            @Schema(description = "The source that published it") UUID publisherId,
            PartialDate publishedOn, Instant retrievedAt, @Size(max = 10000) String quote) {
    }

    public List<String> topicsOrEmpty() {
        return topics == null ? List.of() : topics;
    }

    public List<AppearanceDraft> appearancesOrEmpty() {
        return appearances == null ? List.of() : appearances;
    }
}
