package io.claimtrail.sources.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.sources.domain.Affiliation;
import io.claimtrail.sources.domain.Reliability;
import io.claimtrail.sources.domain.Source;
import io.claimtrail.sources.domain.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.claimtrail.common.time.AsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A source as the API shows it. */
@Schema(name = "Source")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(UUID id, String slug, String name, SourceKind kind, List<String> aliases, String country,
        String homepage, String description, Reliability reliability,
        @Schema(description = "What the Admiralty letter means") String reliabilityMeaning, boolean stateAffiliated,
        List<AffiliationView> affiliations, boolean archived, String archivedReason, Instant createdAt,
        Instant updatedAt, long version,
        @Schema(description = "The day this view is as of, when asked: reliability is the rating in force then") LocalDate asOf,
        @Schema(description = "The moment this view is as known at, when asked") Instant knownAt) {

    /** A link to a parent source; the parent's slug and name are filled where the API has them at hand. */
    @Schema(name = "Affiliation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AffiliationView(UUID parentId, String parentSlug, String parentName, String role, PartialDate from,
            PartialDate to) {

        static AffiliationView of(Affiliation link, Source parent) {
            return new AffiliationView(link.parentId, parent == null ? null : parent.slug,
                    parent == null ? null : parent.name, link.role, link.from(), link.to());
        }
    }

    public static SourceView of(Source source) {
        return of(source, AsOf.NOW);
    }

    /** The source as read for the view (its version then, its rating in force then). */
    public static SourceView of(Source source, AsOf view) {
        return new SourceView(source.id, source.slug, source.name, source.kind, List.copyOf(source.aliases),
                source.country, source.homepage, source.description, source.reliability,
                source.reliability.meaning(), source.stateAffiliated,
                source.affiliations.stream().map(a -> AffiliationView.of(a, null)).toList(), source.archived,
                source.archivedReason, source.createdAt, source.updatedAt, source.version, view.day(), view.knownAt());
    }
}
