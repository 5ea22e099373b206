package io.claimtrail.timelines.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.UUID;

/** POST /sources/match: the speakers of one article and, for each in the same order, its candidate sources. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpeakerMatches(List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(List<Mention> items, int limit) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Mention(String name, String title, String statedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, String person, String role, String institution, List<Candidate> candidates,
            Proposal proposed) {
    }

    /** A source that may be the speaker: score in [0, 1], how its name matched, the title's institution checked. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(UUID id, String slug, String name, String kind, double score, String matchedBy,
            String affiliation) {
    }

    /** A new source to create when none fits. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Proposal(String name, String kind, String role, String institution, UUID institutionId) {
    }
}
