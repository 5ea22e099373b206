package io.claimtrail.timelines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.common.time.AsOf;
import io.claimtrail.timelines.domain.Timeline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A timeline as the API shows it. */
@Schema(name = "Timeline")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineView(UUID id, String slug, String title, String summary, List<String> topics,
        List<UUID> pinnedClaimIds, List<EraView> eras, boolean archived, Instant createdAt, Instant updatedAt,
        long version, @Schema(description = "The moment this view is as known at, when asked") Instant knownAt) {

    @Schema(name = "Era")
    public record EraView(String name, PartialDate start, PartialDate end) {
    }

    public static TimelineView of(Timeline t) {
        return of(t, AsOf.NOW);
    }

    public static TimelineView of(Timeline t, AsOf view) {
        return new TimelineView(t.id, t.slug, t.title, t.summary, List.copyOf(t.topics), List.copyOf(t.pinnedClaimIds),
                t.eras.stream().map(e -> new EraView(e.name, e.startDate(), e.endDate())).toList(), t.archived,
                t.createdAt, t.updatedAt, t.version, view.knownAt());
    }
}
