package io.claimtrail.timelines.client;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The claims service's story query: any of the topics or one of the pinned ids, as of a day; a page after the cursor
 * {@code after} (null for the first) up to the mark {@code until} (null: to the end). {@code fields} ENTRY asks for
 * only the claim fields {@link StoryPage} reads; {@code includeMarks} for the marks of the rest of the story.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryQuery(List<String> topics, List<UUID> pinnedIds, String asOf, Instant knownAt, String after,
        String until, int size, boolean includeRelations, boolean includeHistory, String fields, Boolean includeMarks) {

    /** The claim fields a timeline entry shows, and no others. */
    public static final String ENTRY = "ENTRY";
}
