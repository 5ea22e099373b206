package io.claimtrail.claims.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a source's claims turned out by a day (see {@link Scoring}). Resolved claims are the CONFIRMED and REFUTED
 * ones; RETRACTED claims (withdrawn by their speaker: no verdict on their truth) and FORECASTs whose resolvesBy passed
 * unconfirmed are counted apart. With members, the claims of those who spoke for the source on each claim's day.
 */
public record TrackRecord(UUID sourceId, LocalDate asOf, boolean includesMembers, int members, long claims,
        Map<ClaimStatus, Long> byStatus, Map<ClaimKind, Long> byKind, long resolved, long confirmed, long refuted,
        long retracted, long expiredForecasts, Double accuracyRaw, Scoring.Estimate accuracy, Brier brier,
        LeadTimes leadTimes, Double medianDaysToResolution) {

    /** The Brier score over the resolved claims that stated a probability (credibility 1-5 when made). */
    public record Brier(long claims, Double score) {
    }

    /** For each claim later confirmed, how many days before the confirmation it was stated (the 100 longest listed). */
    public record LeadTimes(long confirmed, Double medianDays, List<Lead> longest) {
    }

    public record Lead(UUID claimId, LocalDate statedOn, LocalDate confirmedOn, long days) {
    }
}
