package io.claimtrail.claims.domain;

import io.claimtrail.claims.domain.FactWords.Direction;
import io.claimtrail.claims.domain.FactWords.Word;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one home of "is this stored claim the same claim as that text?". PostgreSQL gives two measures: the trigram
 * similarity of the texts (0-1, pg_trgm) and the full-text rank of the stored claim for the text's words, relative to
 * the text's own rank for them (about the share of its words the claim has, 0-1). Their weighted sum is the score,
 * unless the texts share more of their fact words ({@link FactWords}: stems, synonyms, number words as digits) than
 * that says: a paraphrase rewords, which trigrams and lexemes miss ("the wait for an operation dropped" / "waiting
 * times for surgery fell"), so {@link #WORDS_WEIGHT} times the Dice overlap of the two sets of fact words is the
 * score when it is higher.
 * <p>A match is a duplicate when the score reaches {@link #DUPLICATE} and nothing says it is another fact, read from
 * the words of both texts ({@link FactWords}):
 * <ul>
 * <li>opposite polarity ({@link Polarity}: "will cut" is never a duplicate of "will not cut");</li>
 * <li>conflicting figures: each text has a number the other lacks ("1,000 troops" / "10,000 troops"), read as
 * plain numbers ("1.9 million" is "1,900,000"), or another factor ("tripled" / "doubled"; {@link Quantities});</li>
 * <li>opposite directions: one text says something rises, opens, is more, the other that it falls, closes, is fewer,
 * and neither says both ("reserves rose" / "reserves fell");</li>
 * <li>another participant: the texts, aligned on the words they share, put different names, places or things in
 * the same place ("gas plant" / "coal plant", "in Luhansk" / "in Donetsk"). Only short gaps between shared words
 * count, and only words that name a participant (not verbs, not the speaker's "the ministry"), so that a paraphrase,
 * which rewords around its facts, is not read as one.</li>
 * </ul>
 * Matches from {@link #NEAR} up are worth an analyst's look, another fact or not.
 */
public final class MatchRules {

    /** The weight of trigram similarity in the score; the relative rank has the rest. */
    static final double SIMILARITY_WEIGHT = 0.6;
    /** The weight of the fact words' overlap: alone, it reaches {@link #DUPLICATE} with 5 of 8 words in common. */
    static final double WORDS_WEIGHT = 0.8;
    /** From this score on, a match of the same polarity and facts is a duplicate. */
    public static final double DUPLICATE = 0.5;
    /** From this score on, a match is a possible duplicate worth showing beside a new claim. */
    public static final double NEAR = 0.3;
    /** The most words a side of a gap between shared words may hold for its difference to count as a substitution. */
    static final int GAP_WORDS = 4;

    /** Why a match is another fact, or NONE. */
    public enum Conflict { NONE, FIGURES, DIRECTION, SLOT, PARTICIPANT }

    /** How a stored claim compares with a text; {@code detail} names the words in conflict ("gas / coal"). */
    public record Verdict(double score, boolean oppositePolarity, Conflict conflict, String detail,
            boolean duplicate) {

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
        return judge(text, ClaimFrame.of(text), candidate, ClaimFrame.of(candidate), similarity, textRank);
    }

    /**
     * Judges with the text's frame read once by the caller (a text is compared with many candidates). Polarity is
     * the parity of the negation cues ({@link Polarity}), flipped once more when the texts name opposite acts ("ban"
     * / "allow"), say opposite things without a negation ({@link ClaimFrame#opposes}), or hold words WordNet calls
     * antonyms ({@link Antonyms}: "cooler" / "warmer"): "no longer allowed" is "banned", and "allowed" is the
     * opposite of "banned".
     */
    static Verdict judge(String text, ClaimFrame textFrame, String candidate, ClaimFrame candidateFrame,
            double similarity, double textRank) {
        List<Word> a = FactWords.of(text);
        List<Word> b = FactWords.of(candidate);
        boolean opposite = Polarity.opposite(text, candidate) ^ (acts(a, b) != null
                || textFrame.opposes(candidateFrame) != null || Antonyms.opposed(text, candidate) != null);
        double score = Math.max(score(similarity, textRank), WORDS_WEIGHT * overlap(a, b));
        String detail = figures(a, b);
        if (detail == null) {
            detail = Quantities.factorConflict(text, candidate);
        }
        Conflict conflict = detail != null ? Conflict.FIGURES : Conflict.NONE;
        if (detail == null) {
            detail = directions(a, b);
            conflict = detail != null ? Conflict.DIRECTION : Conflict.NONE;
        }
        if (detail == null) {
            detail = textFrame.conflict(candidateFrame);
            conflict = detail != null ? Conflict.SLOT : Conflict.NONE;
        }
        if (detail == null) {
            detail = participants(a, b);
            conflict = detail != null ? Conflict.PARTICIPANT : Conflict.NONE;
        }
        return new Verdict(score, opposite, conflict, detail,
                !opposite && conflict == Conflict.NONE && score >= DUPLICATE);
    }

    /** The Dice coefficient of the two sets of fact words: twice the shared ones over the sum of both; 0 if empty. */
    static double overlap(List<Word> a, List<Word> b) {
        Set<String> left = a.stream().map(Word::canonical).collect(Collectors.toSet());
        Set<String> right = b.stream().map(Word::canonical).collect(Collectors.toSet());
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        long shared = left.stream().filter(right::contains).count();
        return 2.0 * shared / (left.size() + right.size());
    }

    /** Each text holds a number the other lacks (thousands separators ignored, number words read as digits). */
    static String figures(List<Word> a, List<Word> b) {
        Set<String> left = numbers(a);
        Set<String> right = numbers(b);
        return !right.containsAll(left) && !left.containsAll(right) ? left + " / " + right : null;
    }

    /** One text moves one way, the other the opposite way, and neither also says the way of the other. */
    static String directions(List<Word> a, List<Word> b) {
        return opposing(a, b, false);
    }

    /** One text names an act, the other its opposite ("ban" / "allow", "keep" / "cancel"): opposite polarity. */
    static String acts(List<Word> a, List<Word> b) {
        return opposing(a, b, true);
    }

    private static String opposing(List<Word> a, List<Word> b, boolean acts) {
        Set<Direction> left = directionsOf(a);
        Set<Direction> right = directionsOf(b);
        for (Direction l : left) {
            for (Direction r : right) {
                if (l.act() == acts && l.opposes(r) && !left.contains(r) && !right.contains(l)) {
                    return l + " / " + r;
                }
            }
        }
        return null;
    }

    /**
     * Aligns the texts on their longest common subsequence of words; a gap between two aligned words (or before the
     * first, after the last) where each side holds at most {@link #GAP_WORDS} words and a participant the other text
     * lacks anywhere is a substitution: another fact.
     */
    static String participants(List<Word> a, List<Word> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Set<String> inA = a.stream().map(Word::canonical).collect(Collectors.toSet());
        Set<String> inB = b.stream().map(Word::canonical).collect(Collectors.toSet());
        int i = 0;
        int j = 0;
        int gapA = 0;
        int gapB = 0;
        while (true) {
            boolean end = i == a.size() || j == b.size();
            if (end || same(a.get(i), b.get(j))) {
                int toA = end ? a.size() : i;
                int toB = end ? b.size() : j;
                String found = substitution(a.subList(gapA, toA), b.subList(gapB, toB), inA, inB);
                if (found != null || end) {
                    return found;
                }
                i++;
                j++;
                gapA = i;
                gapB = j;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    private static String substitution(List<Word> gapA, List<Word> gapB, Set<String> inA, Set<String> inB) {
        if (gapA.isEmpty() || gapB.isEmpty() || gapA.size() > GAP_WORDS || gapB.size() > GAP_WORDS) {
            return null;
        }
        List<String> onlyA = gapA.stream().filter(Word::participant).map(Word::canonical)
                .filter(w -> !inB.contains(w)).toList();
        List<String> onlyB = gapB.stream().filter(Word::participant).map(Word::canonical)
                .filter(w -> !inA.contains(w)).toList();
        return onlyA.isEmpty() || onlyB.isEmpty() ? null : String.join(" ", onlyA) + " / " + String.join(" ", onlyB);
    }

    private static boolean same(Word a, Word b) {
        return a.canonical().equals(b.canonical());
    }

    private static Set<String> numbers(List<Word> words) {
        Set<String> found = new HashSet<>();
        words.stream().map(Word::canonical).filter(w -> Character.isDigit(w.charAt(0))).forEach(found::add);
        return found;
    }

    private static Set<Direction> directionsOf(List<Word> words) {
        Set<Direction> found = EnumSet.noneOf(Direction.class);
        words.stream().map(Word::direction).filter(d -> d != Direction.NONE).forEach(found::add);
        return found;
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }
}
