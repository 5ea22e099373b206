package io.claimtrail.claims.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a story's claims and the cursor of the next page. */
@Schema(name = "StoryPage", description = "Follow `next` (as `after`) until it is null; a page may be shorter than "
        + "`size` only when it is the last")
public record StoryPageView(List<StoryClaimView> items, int size,
        @Schema(description = "The cursor of the next page, null after the last", nullable = true) String next) {
}
