package io.claimtrail.timelines.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;
import java.util.UUID;

/** POST /claims/similar: claims already recorded that resemble each text, best first, in the order asked. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClaimMatches(List<Item> items) {

    public record Request(List<Query> items, int windowDays, int limit) {
    }

    /** One text, with its speaker's source and date when known. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Query(String text, UUID sourceId, String statedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(int index, List<Match> matches) {
    }

    /** A recorded claim like the text; opposite polarity ("will cut" / "will not cut") is never a duplicate. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Match(UUID claimId, String text, UUID sourceId, String statedOn, double similarity, double textRank,
            double score, boolean oppositePolarity, boolean duplicate) {
    }
}
