package io.claimtrail.timelines.domain.bundle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A whole story in one document: sources, claims with their transitions, relations, the timeline and its events,
 * linked by local {@code ref}s. Dates and enum values stay text here so that every problem can be reported at once.
 * The format is described by {@code /schemas/bundle.schema.json}; the size limits here are the same as there.
 */
@Schema(name = "StoryBundle", description = "See /schemas/bundle.schema.json")
public record Bundle(@Size(max = 64) String format, List<@Valid Source> sources, List<@Valid Claim> claims,
        List<@Valid Relation> relations, @Valid Timeline timeline, List<@Valid Event> events) {

    public static final String FORMAT = "claimtrail-bundle/1";

    /** Longest ref, slug or topic. */
    static final int KEY = 64;
    /** Longest EDTF date or timestamp. */
    static final int DATE = 64;
    /** Longest enum value: kinds, statuses, relation types, reliability. */
    static final int CODE = 32;
    static final int NAME = 300;
    static final int URL = 2000;
    static final int NOTE = 2000;
    static final int TEXT = 5000;
    static final int QUOTE = 10000;

    @Schema(name = "BundleSource")
    public record Source(@Size(max = KEY) String ref, @Size(max = KEY) String slug, @Size(max = NAME) String name,
            @Size(max = CODE) String kind, @Size(max = 50) List<@Size(max = NAME) String> aliases,
            @Size(max = 2) String country, @Size(max = URL) String homepage, @Size(max = TEXT) String description,
            @Size(max = CODE) String reliability, Boolean stateAffiliated,
            @Size(max = 100) List<@Valid Affiliation> affiliations) {
    }

    @Schema(name = "BundleAffiliation")
    public record Affiliation(@Size(max = KEY) String parentRef, @Size(max = NAME) String role,
            @Size(max = DATE) String from, @Size(max = DATE) String to) {
    }

    @Schema(name = "BundleClaim")
    public record Claim(@Size(max = KEY) String ref, @Size(max = KEY) String sourceRef, @Size(max = NOTE) String text,
            @Size(max = QUOTE) String quote, @Size(max = 35) String language, @Size(max = DATE) String statedOn,
            @Size(max = 50) List<@Size(max = KEY) String> topics, @Size(max = CODE) String kind,
            @Size(max = DATE) String resolvesBy, Integer credibility,
            @Size(max = 100) List<@Valid Appearance> appearances,
            @Size(max = 100) List<@Valid Transition> transitions) {
    }

    @Schema(name = "BundleAppearance")
    public record Appearance(@Size(max = URL) String url, @Size(max = KEY) String publisherRef,
            @Size(max = DATE) String publishedOn, @Size(max = DATE) String retrievedAt,
            @Size(max = QUOTE) String quote) {
    }

    @Schema(name = "BundleTransition")
    public record Transition(@Size(max = CODE) String to, Integer credibility, @Size(max = NOTE) String reason,
            @Size(max = URL) String evidenceUrl, @Size(max = KEY) String evidenceClaimRef,
            @Size(max = DATE) String effectiveOn) {
    }

    @Schema(name = "BundleRelation")
    public record Relation(@Size(max = KEY) String fromRef, @Size(max = CODE) String type,
            @Size(max = KEY) String toRef, @Size(max = NOTE) String note) {
    }

    @Schema(name = "BundleTimeline")
    public record Timeline(@Size(max = KEY) String slug, @Size(max = NAME) String title,
            @Size(max = TEXT) String summary, @Size(max = 50) List<@Size(max = KEY) String> topics,
            @Size(max = 100) List<@Size(max = KEY) String> pinnedClaimRefs, @Size(max = 100) List<@Valid Era> eras) {
    }

    @Schema(name = "BundleEra")
    public record Era(@Size(max = NAME) String name, @Size(max = DATE) String start, @Size(max = DATE) String end) {
    }

    @Schema(name = "BundleEvent")
    public record Event(@Size(max = KEY) String ref, @Size(max = NAME) String title,
            @Size(max = TEXT) String description, @Size(max = DATE) String occurred, @Size(max = NAME) String place,
            @Size(max = 100) List<@Size(max = KEY) String> sourceRefs,
            @Size(max = 100) List<@Size(max = KEY) String> claimRefs) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
