package io.claimtrail.claims.domain;

import java.util.Map;
import java.util.UUID;

/**
 * How a source's claims turned out. Resolved claims are the CONFIRMED, REFUTED and RETRACTED ones plus FORECASTs
 * whose {@code resolvesBy} has passed unconfirmed; accuracy is confirmed / resolved.
 */
public record TrackRecord(UUID sourceId, long claims, Map<ClaimStatus, Long> byStatus, Map<ClaimKind, Long> byKind,
        long resolved, long confirmed, long expiredForecasts, Double accuracy, Double medianDaysToResolution) {
}
