package io.claimtrail.claims.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one home of figures written in words, for {@link MatchRules}: a figure with a scale word becomes its plain
 * number, the scale word kept ("1.9 million" and "1,900,000" are one figure), basis points become percentage points
 * ("25 basis points", "a quarter point", "0.25 percentage points"), and words of multiplication give a factor
 * ("doubled", "twice as many", "twofold", "two times the average": 2; "tripled": 3; "halved": 0.5). Two texts
 * whose factors differ state another figure ("tripled" / "doubled"), a near miss whatever their other words.
 */
final class Quantities {

    private static final Pattern SCALED = Pattern.compile(
            "(?<!\\d[.,])\\b(\\d+(?:\\.\\d+)?) ?(thousand|million|billion|bn)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASIS_POINTS = Pattern.compile("\\b(\\d+) basis[- ]points?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER_POINT = Pattern.compile(
            "\\b(?:a |one )?quarter(?:[- ]of a)?[- ](?:percentage[- ])?point\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HALF_POINT = Pattern.compile(
            "\\b(?:a |one )?half(?:[- ]a)?[- ](?:percentage[- ])?point\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMES = Pattern.compile(
            "\\b(\\d+(?:\\.\\d+)?|two|three|four|five|ten) ?(?:-fold|fold|times (?:as|the|more|higher|larger|greater"
                    + "|bigger|over|what|that|its|their))\\b");
    private static final List<FactorWord> FACTOR_WORDS = List.of(
            new FactorWord("\\b(?:doubl(?:e|ed|es|ing)|twice)\\b", "2"),
            new FactorWord("\\b(?:tripl(?:e|ed|es|ing)|trebl(?:e|ed|es|ing))\\b", "3"),
            new FactorWord("\\b(?:quadrupl(?:e|ed|es|ing))\\b", "4"),
            new FactorWord("\\b(?:halv(?:e|ed|es|ing)|by half|in half)\\b", "0.5"));

    /** Words that state a factor of multiplication, compiled once: every candidate of a match reads them. */
    private record FactorWord(Pattern words, String factor) {
        FactorWord(String regex, String factor) {
            this(Pattern.compile(regex), factor);
        }
    }

    private Quantities() {
    }

    /** The text with scaled figures and basis points written as plain numbers. */
    static String plainFigures(String text) {
        // the scale word stays, named one way, so that two texts saying "1.9 million" still share both words
        String out = replace(SCALED, text, m -> {
            String word = m.group(2).toLowerCase(Locale.ROOT);
            String scale = word.equals("bn") ? "billion" : word;
            return number(new BigDecimal(m.group(1)).multiply(scale(scale))) + " " + scale;
        });
        out = replace(BASIS_POINTS, out, m -> number(new BigDecimal(m.group(1)).movePointLeft(2))
                + " percentage points");
        out = QUARTER_POINT.matcher(out).replaceAll("0.25 percentage points");
        return HALF_POINT.matcher(out).replaceAll("0.5 percentage points");
    }

    /** The factors of multiplication a text states ("doubled": 2), sorted. */
    static Set<String> factors(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> found = new TreeSet<>();
        for (FactorWord factor : FACTOR_WORDS) {
            if (factor.words().matcher(lower).find()) {
                found.add(factor.factor());
            }
        }
        Matcher m = TIMES.matcher(lower);
        while (m.find()) {
            String n = FactWords.numberWord(m.group(1));
            found.add(number(new BigDecimal(n != null ? n : m.group(1))));
        }
        return found;
    }

    /** Both texts state factors and share none ("tripled" / "doubled"), as "x3 / x2"; else null. */
    static String factorConflict(String a, String b) {
        Set<String> left = factors(a);
        Set<String> right = factors(b);
        if (left.isEmpty() || right.isEmpty() || left.stream().anyMatch(right::contains)) {
            return null;
        }
        return "x" + String.join(",", left) + " / x" + String.join(",", right);
    }

    private static BigDecimal scale(String word) {
        return switch (word) {
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
