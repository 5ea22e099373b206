package io.claimtrail.claims.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim as the public record stood on {@code asOf} and/or as this system knew it at {@code knownAt}; both null
 * for the current state. Appearances published after {@code asOf} are left out.
 */
public record ClaimSnapshot(Claim claim, ClaimStatus status, int credibility, LocalDate asOf, Instant knownAt) {

    public static ClaimSnapshot current(Claim claim) {
        return new ClaimSnapshot(claim, claim.status, claim.credibility, null, null);
    }

    public List<Appearance> appearances() {
        if (asOf == null) {
            return claim.appearances;
        }
        return claim.appearances.stream()
                .filter(a -> a.publishedEarliest == null || !a.publishedEarliest.isAfter(asOf))
                .toList();
    }
}
