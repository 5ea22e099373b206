package io.claimtrail.claims.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one home of "is this stored claim the same claim as that text?". PostgreSQL gives two measures: the trigram
 * similarity of the texts (0-1, pg_trgm) and the full-text rank of the stored claim for the text's words, relative to
 * the text's own rank for them (about the share of its words the claim has, 0-1). Their weighted sum is the score.
 * A match is a duplicate when the score reaches {@link #DUPLICATE}, the polarity agrees ({@link Polarity}: "will cut"
 * is never a duplicate of "will not cut") and no figure conflicts (each text has a number the other lacks: "1,000
 * troops" is another fact than "10,000 troops"). Matches from {@link #NEAR} up are worth an analyst's look.
 */
public final class MatchRules {

    /** The weight of trigram similarity in the score; the relative rank has the rest. */
    static final double SIMILARITY_WEIGHT = 0.6;
    /** From this score on, a match of the same polarity and figures is a duplicate. */
    public static final double DUPLICATE = 0.5;
    /** From this score on, a match is a possible duplicate worth showing beside a new claim. */
    public static final double NEAR = 0.3;

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[,.]\\d+)*");

    /** How a stored claim compares with a text. */
    public record Verdict(double score, boolean oppositePolarity, boolean conflictingFigures, boolean duplicate) {

        public boolean near() {
            return duplicate || score >= NEAR;
        }
    }

    private MatchRules() {
    }

    /** The score of a match from its trigram similarity and relative text rank, each clamped to 0-1. */
    public static double score(double similarity, double textRank) {
        return SIMILARITY_WEIGHT * clamp(similarity) + (1 - SIMILARITY_WEIGHT) * clamp(textRank);
    }

    public static Verdict judge(String text, String candidate, double similarity, double textRank) {
        double score = score(similarity, textRank);
        boolean opposite = Polarity.opposite(text, candidate);
        boolean figures = conflictingFigures(text, candidate);
        return new Verdict(score, opposite, figures, !opposite && !figures && score >= DUPLICATE);
    }

    /** Each text holds a number the other lacks (thousands separators ignored). */
    static boolean conflictingFigures(String a, String b) {
        Set<String> left = numbers(a);
        Set<String> right = numbers(b);
        return !right.containsAll(left) && !left.containsAll(right);
    }

    private static Set<String> numbers(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group().replaceAll("(?<=\\d),(?=\\d{3})", ""));
        }
        return found;
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }
}
