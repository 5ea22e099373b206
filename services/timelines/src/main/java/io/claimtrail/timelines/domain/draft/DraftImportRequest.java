package io.claimtrail.timelines.domain.draft;

import io.claimtrail.common.text.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Where to import a draft's accepted candidates: an existing timeline, or a new one. Exactly one of the two. */
@Schema(name = "DraftImportRequest")
public record DraftImportRequest(
        @Schema(description = "Id or slug of an existing timeline") @Size(max = 64) String timeline,
        @Valid NewTimeline newTimeline) {

    @Schema(name = "DraftNewTimeline")
    public record NewTimeline(@Size(max = 64) String slug, @NotBlank @Size(max = 300) @PlainText String title,
            @Size(max = 5000) @PlainText(multiline = true) String summary,
            @Size(max = 50) List<@NotNull @Size(max = 64) String> topics) {
    }
}
