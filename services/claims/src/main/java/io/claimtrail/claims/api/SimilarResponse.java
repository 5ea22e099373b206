package io.claimtrail.claims.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** For each text asked, by its index in the request, its matches best first. */
@Schema(name = "SimilarClaimsResponse")
public record SimilarResponse(List<Item> items) {

    @Schema(name = "SimilarClaimsResult")
    public record Item(int index, List<MatchView> matches) {
    }
}
