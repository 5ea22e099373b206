package io.claimtrail.claims.api;

import io.claimtrail.claims.domain.MatchService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A recorded claim like a text, with how alike they are and whether it is the same claim. */
@Schema(name = "ClaimMatch")
public record MatchView(UUID claimId, String text, UUID sourceId,
        @Schema(description = "When the recorded claim was said (EDTF)") String statedOn,
        @Schema(description = "Trigram similarity of the texts (pg_trgm), 0-1") double similarity,
        @Schema(description = "Full-text rank of the recorded claim for the text's words, relative to the text's own "
                + "rank for them (about the share of its words the claim has)") double textRank,
        @Schema(description = "0.6 similarity + 0.4 textRank (each clamped to 0-1); matches are ranked by it") double score,
        @Schema(description = "One negates what the other asserts (\"will cut\" / \"will not cut\"): never a duplicate")
        boolean oppositePolarity,
        @Schema(description = "The same claim: score of at least 0.5, the same polarity and no conflicting figures")
        boolean duplicate) {

    static MatchView of(MatchService.Match m) {
        return new MatchView(m.claimId(), m.text(), m.sourceId(), m.statedOn(), round(m.similarity()),
                round(m.textRank()), round(m.verdict().score()), m.verdict().oppositePolarity(), m.verdict().duplicate());
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
