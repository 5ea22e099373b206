package io.claimtrail.sources.api;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.text.PlainText;
import io.claimtrail.sources.domain.SpeakerResolver;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The speakers of one article, to be matched to the registry in one call. */
@Schema(name = "SpeakerMatchRequest")
public record MatchRequest(@NotNull @Size(max = SpeakerResolver.MAX_MENTIONS) List<@NotNull @Valid Mention> items,
        @Schema(description = "Candidates per speaker, 1 to 10; 3 by default") @Min(1) @Max(10) Integer limit) {

    /** One speaker as the article names it. */
    @Schema(name = "SpeakerMention")
    public record Mention(
            @Schema(description = "The name as written, possibly with its title: \"Deputy Pentagon Press Secretary "
                    + "Sabrina Singh\"") @NotBlank @Size(max = 300) @PlainText String name,
            @Schema(description = "The title given apart, e.g. \"Deputy Pentagon Press Secretary\"")
            @Size(max = 300) @PlainText String title,
            @Schema(description = "When the words were said (EDTF): affiliations are checked as of then")
            PartialDate statedOn) {
    }

    public int limitOrDefault() {
        return limit == null ? 3 : limit;
    }
}
