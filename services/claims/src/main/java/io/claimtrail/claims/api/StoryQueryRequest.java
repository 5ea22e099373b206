package io.claimtrail.claims.api;

import io.claimtrail.common.date.PartialDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A story's claims: any of the topics, or one of the pinned ids (of one source, or of it and its members, when
 * {@code sourceId} is given); a page of up to 1000 after the cursor {@code after}.
 */
@Schema(name = "StoryQueryRequest")
public record StoryQueryRequest(@Size(max = 50) List<@NotNull @Size(max = 64) String> topics,
        @Size(max = 10000) List<@NotNull UUID> pinnedIds, PartialDate asOf, Instant knownAt,
        @Schema(description = "The `next` of the previous page, or a mark; absent for the first page") @Size(max = 200) String after,
        @Schema(description = "A mark (one of the `marks` of a page): the page ends at the claim it names, inclusive; "
                + "its `next` is null once the claims up to the mark are given") @Size(max = 200) String until,
        @Schema(description = "With a page that has a next one: `marks`, positions in the rest of the story about one "
                + "every `size` claims, for reading its ranges at the same time (each from one mark, as `after`, up to "
                + "the next, as `until`; the last to the end)") Boolean includeMarks,
        @Min(1) @Max(1000) Integer size, Boolean includeRelations, Boolean includeHistory,
        @Schema(description = "Only the claims of this source (with includeMembers: and of its members)") UUID sourceId,
        @Schema(description = "With sourceId: also the claims of the people and offices that spoke for it on each "
                + "claim's statedOn, at any depth") Boolean includeMembers,
        @Schema(description = "ENTRY: each claim with only what a timeline entry shows (id, text, quote, sourceId, "
                + "statedOn, kind, resolvesBy, status, credibility, confidence, firstAppearance; and version and "
                + "archived, always given); ALL (the default): the whole claim") Fields fields) {

    /** How much of each claim a page carries. */
    @Schema(name = "StoryFields")
    public enum Fields { ALL, ENTRY }
}
