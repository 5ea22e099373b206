package io.claimtrail.timelines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.timelines.domain.Entry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The assembled timeline: entries in chronological order, and whether anything is missing. The shape of the answer
 * {@link StoryDocument.Entries} writes as the story is assembled (total, degraded and warnings after the entries).
 */
@Schema(name = "TimelineEntries")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntriesView(UUID timelineId, String slug, String title, LocalDate asOf, Instant knownAt, int total,
        @Schema(description = "True when another service did not answer; warnings say what is missing") boolean degraded,
        List<String> warnings, List<Entry> entries) {
}
