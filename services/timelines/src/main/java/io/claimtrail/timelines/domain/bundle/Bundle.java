package io.claimtrail.timelines.domain.bundle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A whole story in one document: sources, claims with their transitions, relations, the timeline and its events,
 * linked by local {@code ref}s. Dates and enum values stay text here so that every problem can be reported at once.
 * The format is described by {@code /schemas/bundle.schema.json}.
 */
@Schema(name = "StoryBundle", description = "See /schemas/bundle.schema.json")
public record Bundle(String format, List<Source> sources, List<Claim> claims, List<Relation> relations,
        Timeline timeline, List<Event> events) {

    public static final String FORMAT = "claimtrail-bundle/1";

    public record Source(String ref, String slug, String name, String kind, List<String> aliases, String country,
            String homepage, String description, String reliability, Boolean stateAffiliated,
            List<Affiliation> affiliations) {
    }

    public record Affiliation(String parentRef, String role, String from, String to) {
    }

    public record Claim(String ref, String sourceRef, String text, String quote, String language, String statedOn,
            List<String> topics, String kind, String resolvesBy, Integer credibility, List<Appearance> appearances,
            List<Transition> transitions) {
    }

    public record Appearance(String url, String publisherRef, String publishedOn, String retrievedAt, String quote) {
    }

    public record Transition(String to, Integer credibility, String reason, String evidenceUrl, String evidenceClaimRef,
            String effectiveOn) {
    }

    public record Relation(String fromRef, String type, String toRef, String note) {
    }

    public record Timeline(String slug, String title, String summary, List<String> topics, List<String> pinnedClaimRefs,
            List<Era> eras) {
    }

    public record Era(String name, String start, String end) {
    }

    public record Event(String ref, String title, String description, String occurred, String place,
            List<String> sourceRefs, List<String> claimRefs) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
