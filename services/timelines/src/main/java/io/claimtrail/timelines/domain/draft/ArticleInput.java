package io.claimtrail.timelines.domain.draft;

import io.claimtrail.common.text.PlainText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** An article to extract attributed claims from. The text is checked by {@link ArticleCheck}, not here. */
@Schema(name = "ArticleInput")
public record ArticleInput(
        @Schema(description = "The article as plain text, English, at most 200,000 characters") String text,
        @Schema(description = "Its publication date: relative dates ('on Monday') are resolved against it")
        LocalDate publishedOn,
        @Schema(description = "Where it was published; each imported claim's appearance") @Size(max = 2000) @PlainText String url,
        @Size(max = 300) @PlainText String title,
        @Schema(description = "Who published it, as a name") @Size(max = 300) @PlainText String outlet) {
}
