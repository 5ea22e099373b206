package io.claimtrail.claims.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one home of "these two texts assert opposite words": WordNet 3.1's antonym pairs (warm / cool, accept /
 * reject, more / fewer, rise / fall, overvalue / undervalue, constitutional / unconstitutional), read from the table
 * {@code wordnet/antonyms.txt} that {@code WordNetAntonyms} writes from WordNet itself, so that the opposites are a
 * general resource rather than a list grown from our labelled sets. A word of one text and its antonym in the other
 * oppose when neither text also has the other's word ("cooler than average" / "warmer than average"; not "warmer in
 * the south, cooler in the north"). A word is read in its inflected forms: the regular English endings (-s, -ed,
 * -ing, -er, -est) and WordNet's irregular ones ("fewer" of "few"). Negation cues are left to {@link Polarity}, so
 * that "rejected" / "accepted" flips once, not twice, and function words ({@link FactWords#isStop}) are skipped.
 */
final class Antonyms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:'[\\p{L}]+)*");
    private static final Antonyms WORDNET = load("/wordnet/antonyms.txt");

    private final Map<String, Set<String>> opposites = new HashMap<>();
    private final Map<String, Set<String>> irregular = new HashMap<>();

    private Antonyms() {
    }

    /** The first word of one text whose antonym the other holds, as "word / antonym", or null. */
    static String opposed(String a, String b) {
        return WORDNET.find(a, b);
    }

    /** Whether WordNet lists these two words (base forms) as antonyms. */
    static boolean antonyms(String a, String b) {
        return WORDNET.opposites.getOrDefault(a, Set.of()).contains(b);
    }

    private String find(String a, String b) {
        Set<String> left = lemmas(a);
        Set<String> right = lemmas(b);
        for (String word : left) {
            if (right.contains(word)) {
                continue;
            }
            for (String opposite : opposites.getOrDefault(word, Set.of())) {
                if (right.contains(opposite) && !left.contains(opposite)) {
                    return word + " / " + opposite;
                }
            }
        }
        return null;
    }

    /** The base forms the words of a text may have, leaving out negation cues. */
    private Set<String> lemmas(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> found = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            // function words are too loose for WordNet's senses ("set to rise" is no setting sun)
            if (!Polarity.isCue(words, i) && !FactWords.isStop(words.get(i))) {
                found.addAll(baseForms(words.get(i)));
            }
        }
        return found;
    }

    /** The forms of the table a word may be: itself, its irregular base, or its regular base. */
    Set<String> baseForms(String word) {
        Set<String> found = new HashSet<>(irregular.getOrDefault(word, Set.of()));
        for (String candidate : regularBases(word)) {
            if (opposites.containsKey(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static List<String> regularBases(String w) {
        List<String> bases = new ArrayList<>(List.of(w));
        for (String[] rule : new String[][] {{"s", ""}, {"es", ""}, {"ies", "y"}, {"ed", ""}, {"ed", "e"},
                {"ied", "y"}, {"ing", ""}, {"ing", "e"}, {"er", ""}, {"er", "e"}, {"ier", "y"}, {"est", ""},
                {"est", "e"}, {"iest", "y"}}) {
            if (w.endsWith(rule[0]) && w.length() > rule[0].length() + 2) {
                String base = w.substring(0, w.length() - rule[0].length()) + rule[1];
                bases.add(base);
                // a doubled last consonant: "stopped", "hotter"
                if (rule[1].isEmpty() && base.length() > 2
                        && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                    bases.add(base.substring(0, base.length() - 1));
                }
            }
        }
        return bases;
    }

    private static Antonyms load(String resource) {
        Antonyms table = new Antonyms();
        try (InputStream in = Antonyms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] p = (line.startsWith("=") ? line.substring(1) : line).split(" ");
                if (line.startsWith("=")) {
                    table.irregular.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1]);
                } else {
                    table.opposites.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1]);
                    table.opposites.computeIfAbsent(p[1], k -> new HashSet<>()).add(p[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
