package io.claimtrail.timelines.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of a story's claims as the claims service returns it, with the cursor of the next page (null after the
 * last) and, when asked for, the marks of the rest of the story (null when none were given); unknown fields are
 * ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryPage(List<Item> items, int size, String next, List<String> marks) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(Claim claim, List<Link> relations, List<Move> history) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(UUID id, String text, String quote, UUID sourceId, String statedOn, List<String> topics,
            String kind, String resolvesBy, String status, int credibility, Integer confidence,
            Appearance firstAppearance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Appearance(String url, UUID publisherId, String publishedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(UUID id, String type, String direction, UUID otherClaimId, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Move(String from, String to, int credibility, String effectiveOn, Instant recordedAt) {
    }
}
