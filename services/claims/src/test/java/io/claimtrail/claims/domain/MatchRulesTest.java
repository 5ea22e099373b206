package io.claimtrail.claims.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The score of a match, and when it makes a duplicate or a match worth showing. */
class MatchRulesTest {

    @ParameterizedTest(name = "similarity {0}, rank {1}: score {2}")
    @CsvSource({
            "1.0, 1.0, 1.0",
            "0.0, 0.0, 0.0",
            "0.5, 0.5, 0.5",
            "1.0, 0.0, 0.6",
            "0.0, 1.0, 0.4",
            "0.5, 3.0, 0.7",
            "-0.2, NaN, 0.0",
    })
    void theScoreWeighsSimilarityAndRankEachClampedToZeroToOne(double similarity, double rank, double score) {
        assertEquals(score, MatchRules.score(similarity, rank), 1e-9);
    }

    @ParameterizedTest(name = "{0} / {1} at {2}, {3}: duplicate {4}, near {5}")
    @CsvSource(delimiter = '|', value = {
            "Prices will rise.             | Prices will rise soon.          | 0.7 | 1.0 | true  | true",
            "Prices will rise.             | Prices will not rise.           | 0.9 | 1.0 | false | true",
            "Prices will rise.             | Prices are set to rise.         | 0.35| 0.8 | true  | true",
            "Prices will rise.             | Wages may rise.                 | 0.3 | 0.4 | false | true",
            "Prices will rise.             | Grain exports doubled.          | 0.05| 0.0 | false | false",
            "1,000 troops were sent.       | 10,000 troops were sent.        | 0.9 | 1.0 | false | true",
            "1,000 troops were sent.       | 1000 troops were sent in June.  | 0.6 | 1.0 | true  | true",
            "Troops were sent.             | 1,000 troops were sent.         | 0.7 | 1.0 | true  | true",
    })
    void aDuplicateNeedsTheScoreTheSamePolarityAndNoConflictingFigure(String text, String candidate,
            double similarity, double rank, boolean duplicate, boolean near) {
        MatchRules.Verdict verdict = MatchRules.judge(text, candidate, similarity, rank);
        assertEquals(duplicate, verdict.duplicate(), verdict::toString);
        assertEquals(near, verdict.near(), verdict::toString);
    }

    @Test
    void theThresholdsAreBoundaries() {
        assertTrue(MatchRules.judge("a", "b", 0.51, 0.51).duplicate());
        assertFalse(MatchRules.judge("a", "b", 0.49, 0.49).duplicate());
        assertTrue(MatchRules.judge("a", "b", 0.31, 0.31).near());
        assertFalse(MatchRules.judge("a", "b", 0.29, 0.29).near());
    }
}
