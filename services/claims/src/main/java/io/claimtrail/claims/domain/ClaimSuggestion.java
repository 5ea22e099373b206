package io.claimtrail.claims.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What the evidence suggested for a claim when a relation or transition last changed it, kept while it differs from
 * where the claim stands; an editor accepts it with a transition citing {@code id}.
 */
public record ClaimSuggestion(UUID id, UUID claimId, ClaimStatus status, int credibility, String statusRule,
        String credibilityRule, Instant recordedFrom) {

    /** The same advice, whatever its id and time. */
    public boolean sameAs(ClaimSuggestion other) {
        return other != null && status == other.status && credibility == other.credibility
                && statusRule.equals(other.statusRule) && credibilityRule.equals(other.credibilityRule);
    }
}
