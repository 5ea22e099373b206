package io.claimtrail.timelines.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.client.StoryPage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One line of an assembled timeline: an EVENT (something that happened) or a CLAIM (something someone said),
 * dated as written, with the bounds it sorts by.
 */
@Schema(name = "TimelineEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entry(Type type, UUID id, PartialDate date, LocalDate earliest, LocalDate latest, String title,
        String text, String quote, String place, SourceRef source, List<SourceRef> reportedBy, List<UUID> claimIds,
        String kind, String status, Integer credibility, Integer confidence, StoryPage.Appearance firstAppearance,
        List<StoryPage.Link> relations, List<StoryPage.Move> history) {

    @Schema(name = "EntryType")
    public enum Type { EVENT, CLAIM }

    /** A source as the entry shows it; name, kind and reliability are absent when the sources service was down. */
    @Schema(name = "SourceRef")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceRef(UUID id, String name, String kind, String reliability) {
    }

    /**
     * The date bounds alone: earliest possible day (open starts first), then latest possible day (open ends last).
     * The claims service sends a story's claims in this order, which is what lets entries leave as pages arrive.
     */
    public static final Comparator<Entry> BOUNDS = Comparator
            .comparing((Entry e) -> e.earliest() == null ? LocalDate.MIN : e.earliest())
            .thenComparing(e -> e.latest() == null ? LocalDate.MAX : e.latest());

    /**
     * Chronological order: the {@link #BOUNDS}, then events before claims, then title, then id. So "2024-07" sorts
     * after "2024-06-30" and before "2024-08-01".
     */
    public static final Comparator<Entry> CHRONOLOGICAL = BOUNDS
            .thenComparing(Entry::type)
            .thenComparing(e -> e.title() == null ? "" : e.title())
            .thenComparing(Entry::id);

    public boolean overlaps(LocalDate from, LocalDate to) {
        return date.overlaps(from, to);
    }
}
