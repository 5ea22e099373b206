package io.claimtrail.claims.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a story's claims and the cursor of the next page. */
@Schema(name = "StoryPage", description = "Follow `next` (as `after`) until it is null; a page may be shorter than "
        + "`size` only when it is the last, or the last before its `until`")
public record StoryPageView(List<StoryClaimView> items, int size,
        @Schema(description = "The cursor of the next page, null after the last", nullable = true) String next,
        @Schema(description = "With includeMarks and a next page: increasing positions after `next`, about one every "
                + "`size` claims of the story (a range between two may hold fewer, or none); the pages from `next` up to "
                + "the first mark, from each mark up to the next, and from the last to the end give the rest of the "
                + "story in order", nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) List<String> marks) {
}
