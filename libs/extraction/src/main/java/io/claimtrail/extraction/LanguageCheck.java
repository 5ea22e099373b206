package io.claimtrail.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Is this text English? A deliberately simple, explainable test: running English prose is about 40 % function
 * words ("the", "of", "and", "said"...), other languages' prose has few of them and many of their own. The text is
 * English when it has enough words, mostly in Latin letters, at least {@value #MIN_RATIO} of them English function
 * words, and more English ones than those of any of seven other European languages. Short texts (fewer than
 * {@value #MIN_WORDS} words) are UNDETERMINED: too little to say.
 */
public final class LanguageCheck {

    public enum Verdict { ENGLISH, NOT_ENGLISH, UNDETERMINED }

    /**
     * @param verdict        the answer
     * @param words          words counted (at most the first {@value #SAMPLE_WORDS})
     * @param englishRatio   share of those that are English function words
     * @param likelyLanguage ISO 639-1 code of the language whose function words are most frequent, "und" if none
     * @param reason         the answer in words, fit for a 422 detail
     */
    public record Result(Verdict verdict, int words, double englishRatio, String likelyLanguage, String reason) {
        public boolean english() {
            return verdict == Verdict.ENGLISH;
        }
    }

    static final int MIN_WORDS = 12;
    static final int SAMPLE_WORDS = 2000;
    static final double MIN_RATIO = 0.15;

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as",
                    "he", "she", "be", "by", "at", "this", "have", "from", "or", "an", "they", "which", "you",
                    "were", "her", "his", "been", "has", "had", "their", "not", "are", "but", "we", "said", "will",
                    "would", "there", "who", "its", "about", "than", "into", "after", "also", "them", "him",
                    "could", "our", "what", "when", "no", "any", "if", "i", "says", "more", "do", "did", "so",
                    "these", "those", "over", "such", "all", "one", "new"),
            "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "un", "une", "est", "que", "qui", "dans",
                    "pour", "pas", "sur", "au", "aux", "avec", "ce", "il", "elle", "ne", "se", "sont", "par",
                    "plus", "nous", "vous", "leur", "été", "a", "ont", "mais", "cette"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit",
                    "von", "sich", "des", "auf", "für", "im", "auch", "es", "sie", "er", "wir", "hat", "wurde",
                    "dass", "werden", "einer", "bei", "nach", "aus", "noch", "wie"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "es", "por", "con",
                    "para", "se", "no", "su", "sus", "al", "lo", "como", "más", "pero", "ha", "fue", "este",
                    "esta", "muy"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "è", "un", "una", "per",
                    "non", "con", "si", "da", "nel", "alla", "sono", "ha", "anche", "come", "più", "ma", "questo"),
            "pt", Set.of("o", "os", "a", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma",
                    "para", "com", "não", "se", "por", "no", "na", "mais", "foi", "como", "mas", "ao", "é"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "te", "op", "in", "voor", "met",
                    "zijn", "er", "aan", "ook", "als", "bij", "door", "wordt", "naar", "maar", "werd", "hij"));

    private LanguageCheck() {
    }

    public static Result check(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        int latin = 0;
        int letters = 0;
        Map<String, int[]> counts = new java.util.HashMap<>();
        STOPWORDS.keySet().forEach(k -> counts.put(k, new int[1]));
        while (m.find() && words < SAMPLE_WORDS) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latin++;
                    }
                }
            }
            for (var entry : STOPWORDS.entrySet()) {
                if (entry.getValue().contains(w)) {
                    counts.get(entry.getKey())[0]++;
                }
            }
        }
        double en = words == 0 ? 0 : counts.get("en")[0] / (double) words;
        String best = "und";
        int bestCount = 0;
        for (var entry : counts.entrySet()) {
            if (entry.getValue()[0] > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue()[0];
            }
        }
        if (letters > 0 && latin < letters / 2) {
            return new Result(Verdict.NOT_ENGLISH, words, en, "und",
                    "the text is mostly not in Latin letters, so it is not English");
        }
        if (words < MIN_WORDS) {
            return new Result(Verdict.UNDETERMINED, words, en, best,
                    "too short to tell the language (" + words + " words, at least " + MIN_WORDS + " needed)");
        }
        String pct = String.format(Locale.ROOT, "%.0f %%", en * 100);
        if (en >= MIN_RATIO && "en".equals(best)) {
            return new Result(Verdict.ENGLISH, words, en, "en", pct + " of the words are English function words");
        }
        return new Result(Verdict.NOT_ENGLISH, words, en, best, "the text does not read as English: only " + pct
                + " of its words are English function words" + ("und".equals(best) || "en".equals(best) ? ""
                : ", and it has more of those of language '" + best + "'"));
    }
}
