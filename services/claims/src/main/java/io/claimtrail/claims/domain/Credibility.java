package io.claimtrail.claims.domain;

import java.util.OptionalInt;

/**
 * Information credibility on the NATO Admiralty scale (1-6), and its STIX 2.1 confidence
 * (Appendix B: 1->90, 2->70, 3->50, 4->30, 5->10, 6->no value).
 */
public final class Credibility {

    public static final int CANNOT_BE_JUDGED = 6;

    private static final String[] MEANINGS = { "Confirmed by other sources", "Probably true", "Possibly true",
            "Doubtful", "Improbable", "Truth cannot be judged" };
    private static final int[] STIX_CONFIDENCE = { 90, 70, 50, 30, 10 };

    private Credibility() {
    }

    public static boolean isValid(int credibility) {
        return credibility >= 1 && credibility <= 6;
    }

    public static String meaning(int credibility) {
        return MEANINGS[credibility - 1];
    }

    public static OptionalInt stixConfidence(int credibility) {
        return credibility == CANNOT_BE_JUDGED ? OptionalInt.empty() : OptionalInt.of(STIX_CONFIDENCE[credibility - 1]);
    }
}
