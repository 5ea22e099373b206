package io.claimtrail.claims.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring rules of track records and calibration: Beta(1,1) smoothing with its 90 % interval, Brier terms. */
class ScoringTest {

    /** Closed forms: Beta(a,1) has CDF x^a, Beta(1,b) 1-(1-x)^b, Beta(2,2) 3x^2-2x^3; Beta(51,51) ~ normal. */
    @ParameterizedTest(name = "{0} of {1}: {2} in [{3}, {4}]")
    @CsvSource(delimiter = '|', value = {
            // confirmed | resolved | estimate | low    | high   | tolerance
            "0 | 0  | 0.5    | 0.05   | 0.95   | 0.0001",
            "2 | 2  | 0.75   | 0.3684 | 0.9830 | 0.0001",
            "0 | 2  | 0.25   | 0.0170 | 0.6316 | 0.0001",
            "1 | 2  | 0.5    | 0.1354 | 0.8646 | 0.0001",
            "50 | 100 | 0.5  | 0.4190 | 0.5810 | 0.002",
            "999 | 1000 | 0.998004 | 0.99527 | 0.99964 | 0.00002",
    })
    void betaSmoothedAccuracyAndItsNinetyPercentInterval(long confirmed, long resolved, double estimate, double low,
            double high, double tolerance) {
        Scoring.Estimate found = Scoring.accuracy(confirmed, resolved);
        assertEquals(estimate, found.estimate(), 1e-6);
        assertEquals(low, found.low(), tolerance);
        assertEquals(high, found.high(), tolerance);
        assertTrue(found.low() < found.estimate() && found.estimate() < found.high());
    }

    @ParameterizedTest(name = "credibility {0} states {1}; came true {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "1 | 0.9 | true  | 0.01",
            "1 | 0.9 | false | 0.81",
            "2 | 0.7 | true  | 0.09",
            "3 | 0.5 | false | 0.25",
            "4 | 0.3 | false | 0.09",
            "5 | 0.1 | true  | 0.81",
    })
    void brierTermsThroughTheStixMapping(int credibility, double probability, boolean cameTrue, double term) {
        assertEquals(probability, Scoring.probability(credibility).getAsDouble(), 1e-12);
        assertEquals(term, Scoring.brier(Scoring.probability(credibility).getAsDouble(), cameTrue), 1e-12);
    }

    @org.junit.jupiter.api.Test
    void credibilitySixStatesNoProbability() {
        assertTrue(Scoring.probability(6).isEmpty());
    }
}
