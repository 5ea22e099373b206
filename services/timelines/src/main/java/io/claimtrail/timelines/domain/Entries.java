package io.claimtrail.timelines.domain;

import io.claimtrail.common.date.PartialDate;
import io.claimtrail.timelines.client.SourceSummary;
import io.claimtrail.timelines.client.StoryPage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns events and claims into timeline entries. */
final class Entries {

    private Entries() {
    }

    static Entry of(Event event, Map<UUID, SourceSummary> sources) {
        PartialDate date = event.occurredDate();
        return new Entry(Entry.Type.EVENT, event.id, date, date.earliest().orElse(null), date.latest().orElse(null),
                event.title, event.description, null, event.place, null,
                event.sourceIds.stream().map(id -> ref(id, sources)).toList(), List.copyOf(event.claimIds),
                null, null, null, null, null, null, null);
    }

    static Entry of(StoryPage.Item item, Map<UUID, SourceSummary> sources) {
        StoryPage.Claim claim = item.claim();
        PartialDate date = PartialDate.parse(claim.statedOn());
        Entry.SourceRef source = ref(claim.sourceId(), sources);
        String title = source.name() == null ? claim.text() : source.name() + ": " + claim.text();
        return new Entry(Entry.Type.CLAIM, claim.id(), date, date.earliest().orElse(null), date.latest().orElse(null),
                title, claim.text(), claim.quote(), null, source, null, null, claim.kind(), claim.status(),
                claim.credibility(), claim.confidence(), claim.firstAppearance(), item.relations(),
                item.history() == null || item.history().isEmpty() ? null : item.history());
    }

    /** An event's entry with the names of the sources reporting it, once they are known. */
    static Entry named(Entry event, Map<UUID, SourceSummary> sources) {
        if (event.reportedBy() == null || event.reportedBy().isEmpty()) {
            return event;
        }
        return new Entry(event.type(), event.id(), event.date(), event.earliest(), event.latest(), event.title(),
                event.text(), event.quote(), event.place(), event.source(),
                event.reportedBy().stream().map(ref -> ref(ref.id(), sources)).toList(), event.claimIds(), event.kind(),
                event.status(), event.credibility(), event.confidence(), event.firstAppearance(), event.relations(),
                event.history());
    }

    private static Entry.SourceRef ref(UUID id, Map<UUID, SourceSummary> sources) {
        SourceSummary source = sources.get(id);
        return source == null ? new Entry.SourceRef(id, null, null, null)
                : new Entry.SourceRef(id, source.name(), source.kind(), source.reliability());
    }
}
