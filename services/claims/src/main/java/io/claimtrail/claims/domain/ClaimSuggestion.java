package io.claimtrail.claims.domain;

import io.claimtrail.common.time.AsOf;

import java.time.Instant;
import java.util.UUID;

/**
 * What the evidence suggested for a claim when a relation or transition last changed it, kept while it differs from
 * where the claim stands; an editor accepts it with a transition citing {@code id}.
 */
public record ClaimSuggestion(UUID id, UUID claimId, ClaimStatus status, int credibility, String statusRule,
        String credibilityRule, Instant recordedFrom) {

    /**
     * A suggestion is about where a claim stands in the record (now, or at knownAt), so a view of a past day shows
     * none: GET /claims/{id}/assessment draws that day's.
     */
    public static boolean shownIn(AsOf view) {
        return view.day() == null;
    }

    /** The same advice, whatever its id and time. */
    public boolean sameAs(ClaimSuggestion other) {
        return other != null && status == other.status && credibility == other.credibility
                && statusRule.equals(other.statusRule) && credibilityRule.equals(other.credibilityRule);
    }
}
