package io.claimtrail.sources.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.sources.domain.Reliability;
import io.claimtrail.sources.domain.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What another service needs to weigh a source, and no more: its name, its reliability in the view and its
 * affiliations with their dates. A tenth of a {@link SourceView} on the wire, for callers asking for a thousand.
 */
@Schema(name = "SourceFacts")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceFactsView(UUID id, String name,
        @Schema(description = "The rating in force on the lookup's asOf (today when none)") Reliability reliability,
        List<Link> affiliations) {

    /** An affiliation to a parent source, with its EDTF dates as recorded (absent: open). */
    @Schema(name = "SourceFactsLink")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(UUID parentId, @Schema(description = "EDTF date") String from,
            @Schema(description = "EDTF date") String to) {
    }

    /** The source as the lookup read it (its version and its rating in the view). */
    public static SourceFactsView of(Source source) {
        return new SourceFactsView(source.id, source.name, source.reliability, source.affiliations.stream()
                .map(a -> new Link(a.parentId, a.validFrom, a.validTo)).toList());
    }
}
