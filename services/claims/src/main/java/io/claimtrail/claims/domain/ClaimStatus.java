package io.claimtrail.claims.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim stands, and the moves allowed from each status. A move to the same status is allowed when only the
 * credibility changes. RETRACTED is final: the speaker withdrew the claim.
 */
public enum ClaimStatus {
    UNVERIFIED, CORROBORATED, DISPUTED, CONFIRMED, REFUTED, RETRACTED;

    public Set<ClaimStatus> allowedNext() {
        return switch (this) {
            case UNVERIFIED -> EnumSet.of(CORROBORATED, DISPUTED, CONFIRMED, REFUTED, RETRACTED);
            case CORROBORATED -> EnumSet.of(DISPUTED, CONFIRMED, REFUTED, RETRACTED);
            case DISPUTED -> EnumSet.of(CORROBORATED, CONFIRMED, REFUTED, RETRACTED);
            case CONFIRMED -> EnumSet.of(DISPUTED, REFUTED);
            case REFUTED -> EnumSet.of(DISPUTED, CONFIRMED);
            case RETRACTED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean isResolved() {
        return this == CONFIRMED || this == REFUTED || this == RETRACTED;
    }
}
