package io.claimtrail.claims.domain;

import java.util.OptionalDouble;

/**
 * The scoring rules of track records and calibration, in one place (README, "Track records"; {@code ScoringTest}):
 * <ul>
 * <li>accuracy is estimated with a Beta(1,1) prior (uniform): after c confirmed of n resolved the posterior is
 * Beta(c+1, n-c+1), its mean (c+1)/(n+2) the estimate and its 5th and 95th percentiles the 90 % interval, so 2 of 2
 * is about 75 % (interval 37-98 %), never "100 %";</li>
 * <li>a stated probability is the claim's credibility when it was made, through the STIX 2.1 mapping
 * (1 -> 0.9, 2 -> 0.7, 3 -> 0.5, 4 -> 0.3, 5 -> 0.1; 6 states none); the Brier score is the mean of
 * (probability - outcome)^2 over resolved claims with one, outcome 1 when confirmed, 0 when refuted or when a
 * FORECAST's resolvesBy passed unconfirmed. 0 is perfect, 0.25 is what always saying 0.5 scores.</li>
 * </ul>
 */
public final class Scoring {

    private Scoring() {
    }

    /** The Beta(1,1)-smoothed estimate of a rate and its 90 % credible interval. */
    public record Estimate(long successes, long trials, Double raw, double estimate, double low, double high) {
    }

    public static Estimate accuracy(long confirmed, long resolved) {
        double a = confirmed + 1;
        double b = resolved - confirmed + 1;
        return new Estimate(confirmed, resolved, resolved == 0 ? null : (double) confirmed / resolved, a / (a + b),
                betaQuantile(0.05, a, b), betaQuantile(0.95, a, b));
    }

    /** The probability a credibility states (STIX confidence / 100), none for 6. */
    public static OptionalDouble probability(int credibility) {
        var confidence = Credibility.stixConfidence(credibility);
        return confidence.isPresent() ? OptionalDouble.of(confidence.getAsInt() / 100.0) : OptionalDouble.empty();
    }

    /** One term of a Brier score. */
    public static double brier(double probability, boolean cameTrue) {
        double error = probability - (cameTrue ? 1 : 0);
        return error * error;
    }

    /** The p-quantile of Beta(a, b), by bisection on the regularised incomplete beta function. */
    static double betaQuantile(double p, double a, double b) {
        double low = 0;
        double high = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (regularizedBeta(mid, a, b) < p) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** I_x(a, b), by the continued fraction (Numerical Recipes 6.4), on the side where it converges fast. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        return x < (a + 1) / (a + b + 2) ? front * fraction(x, a, b) / a : 1 - front * fraction(1 - x, b, a) / b;
    }

    private static double fraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + aa * d, tiny);
            c = nonZero(1 + aa / c, tiny);
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + aa * d, tiny);
            c = nonZero(1 + aa / c, tiny);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double value, double tiny) {
        return Math.abs(value) < tiny ? tiny : value;
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9). */
    static double logGamma(double x) {
        double[] g = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7 };
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (x + i);
        }
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
