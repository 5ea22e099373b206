package io.claimtrail.sources.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtrail.common.date.PartialDate;
import io.claimtrail.sources.domain.Rating;
import io.claimtrail.sources.domain.Reliability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** One reliability rating of a source. */
@Schema(name = "Rating")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatingView(UUID id, Reliability reliability, String reliabilityMeaning,
        @Schema(description = "From when it holds in the world; absent: from the start") PartialDate effectiveOn,
        String reason, @Schema(description = "Who rated: the token's subject") String rater,
        @Schema(description = "When this system recorded it") Instant recordedAt) {

    static RatingView of(Rating rating) {
        return new RatingView(rating.id, rating.reliability, rating.reliability.meaning(), rating.effective(),
                rating.reason, rating.rater, rating.recordedAt);
    }
}
