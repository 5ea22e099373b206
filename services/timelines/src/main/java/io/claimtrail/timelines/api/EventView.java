package io.claimtrail.timelines.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.domain.Event;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event as the API shows it. */
@Schema(name = "Event")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(UUID id, UUID timelineId, String title, String description, PartialDate occurred, String place,
        List<UUID> sourceIds, List<UUID> claimIds, boolean archived, Instant createdAt, Instant updatedAt, long version) {

    public static EventView of(Event e) {
        return new EventView(e.id, e.timelineId, e.title, e.description, e.occurredDate(), e.place,
                List.copyOf(e.sourceIds), List.copyOf(e.claimIds), e.archived, e.createdAt, e.updatedAt, e.version);
    }
}
