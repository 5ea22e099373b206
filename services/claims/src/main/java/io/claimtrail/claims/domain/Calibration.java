package io.claimtrail.claims.domain;

import io.claimtrail.claims.store.ClaimQueries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Are the analysts' ratings calibrated? For each credibility level, the claims rated so before their verdict that
 * were later confirmed or refuted, the observed rate with its Beta(1,1) estimate and 90 % interval
 * ({@link Scoring}), and whether the level's stated probability (STIX) lies in that interval: "probably true" (2,
 * 0.7) should come true about 70 % of the time. Level 6 states no probability and is counted only.
 */
public record Calibration(LocalDate asOf, List<String> topics, long claims, List<Level> levels, Double brier) {

    public record Level(int credibility, String meaning, Double statedProbability, long claims, long confirmed,
            long refuted, Scoring.Estimate observed, Boolean withinInterval) {
    }

    public static Calibration of(LocalDate asOf, List<String> topics, List<ClaimQueries.CalibrationRow> rows) {
        List<Level> levels = new ArrayList<>();
        long total = 0;
        double brierSum = 0;
        long brierCount = 0;
        for (int credibility = 1; credibility <= 6; credibility++) {
            long confirmed = 0;
            long refuted = 0;
            for (ClaimQueries.CalibrationRow row : rows) {
                if (row.credibility() == credibility) {
                    confirmed += row.outcome() == ClaimStatus.CONFIRMED ? row.claims() : 0;
                    refuted += row.outcome() == ClaimStatus.REFUTED ? row.claims() : 0;
                }
            }
            long claims = confirmed + refuted;
            total += claims;
            var probability = Scoring.probability(credibility);
            Scoring.Estimate observed = Scoring.accuracy(confirmed, claims);
            Double stated = probability.isPresent() ? probability.getAsDouble() : null;
            Boolean within = stated == null || claims == 0 ? null : stated >= observed.low() && stated <= observed.high();
            if (stated != null) {
                brierSum += confirmed * Scoring.brier(stated, true) + refuted * Scoring.brier(stated, false);
                brierCount += claims;
            }
            levels.add(new Level(credibility, Credibility.meaning(credibility), stated, claims, confirmed, refuted,
                    observed, within));
        }
        return new Calibration(asOf, topics, total, levels, brierCount == 0 ? null : brierSum / brierCount);
    }
}
