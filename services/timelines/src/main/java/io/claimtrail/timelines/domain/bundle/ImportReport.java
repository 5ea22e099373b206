package io.claimtrail.timelines.domain.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What an import did: for each thing of the bundle, whether it was matched to an existing record or created. */
@Schema(name = "ImportReport")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(List<Item> sources, List<Item> claims, List<Item> transitions, List<Item> relations,
        Item timeline, List<Item> events) {

    public enum Outcome { CREATED, MATCHED }

    /** One thing of the bundle: its ref (or position), the id it has now, and how it was found. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ImportItem")
    public record Item(String ref, UUID id, Outcome outcome, String matchedBy) {
    }

    public static ImportReport empty() {
        return new ImportReport(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), null,
                new ArrayList<>());
    }

    public ImportReport withTimeline(Item item) {
        return new ImportReport(sources, claims, transitions, relations, item, events);
    }

    public long created() {
        return count(Outcome.CREATED);
    }

    public long matched() {
        return count(Outcome.MATCHED);
    }

    private long count(Outcome outcome) {
        long n = (timeline != null && timeline.outcome() == outcome) ? 1 : 0;
        for (List<Item> list : List.of(sources, claims, transitions, relations, events)) {
            n += list.stream().filter(i -> i.outcome() == outcome).count();
        }
        return n;
    }
}
