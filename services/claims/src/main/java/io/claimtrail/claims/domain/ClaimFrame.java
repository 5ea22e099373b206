package io.claimtrail.claims.domain;

import io.claimtrail.extraction.NlpModels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The structure of a claim's sentence, for {@link MatchRules}: the OpenNLP English tokenizer and part-of-speech
 * tagger (Universal Dependencies tags, models loaded once per JVM by {@link NlpModels}) split it into noun phrases,
 * each with its head noun, its modifiers ("the two <b>fishing</b> companies") and the preposition that introduces it
 * ("<b>without</b> water"), its time expressions (months, weekdays, years, "next year") and its quantities with their
 * units ("four <b>years</b>", "40 km"). Two frames are compared slot by slot: a slot that both texts fill with
 * different things is another fact, whatever words the texts share ({@link #conflict}); a slot one text leaves empty
 * says nothing, so that a paraphrase that drops or rewords a detail stays a paraphrase. {@link #opposes} reads the
 * opposites a negation word does not mark: an adjective and its un- / in- / dis- form ("safe" / "unsafe"), and
 * quantifiers of opposite sides ("most visitors" / "few visitors").
 */
final class ClaimFrame {

    /**
     * A noun phrase: its slot (the preposition before it, or the subject or object of a verb, or ""), its head's
     * canonical form, whether the head is a name, and its modifiers.
     */
    record Phrase(String slot, String head, boolean name, Set<String> modifiers) {
    }

    private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");
    private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being", "get", "gets",
            "got");
    /** Prepositions whose objects are compared: participants, places, instruments, what is lacked. */
    private static final Set<String> SLOT_PREPOSITIONS = Set.of("to", "for", "from", "against", "without", "into", "by", "of", "between",
            "in", "at", "near", "with");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "weekend");
    private static final Set<String> RELATIVE = Set.of("this", "next", "last", "past", "coming", "previous");
    private static final Set<String> PERIODS = Set.of("year", "month", "week", "quarter", "season", "summer",
            "winter", "spring", "autumn");
    /** Units of measure, each spelling to one name; a unit directly after a number is that number's unit. */
    private static final Map<String, String> UNITS = new HashMap<>();
    private static final Set<String> MANY = Set.of("most", "majority", "many", "all");
    private static final Set<String> FEW = Set.of("few", "minority");
    /** Modifiers of amount, not of kind: "30 more inspectors" are "30 new inspectors". */
    private static final Set<String> AMOUNTS = Set.of("more", "fewer", "less", "additional", "extra", "further",
            "new", "other", "same", "total", "overall");
    private static final List<String> NEGATING_PREFIXES = List.of("un", "in", "im", "il", "ir", "dis", "non");

    static {
        unit("year", "year", "years", "yr");
        unit("month", "month", "months");
        unit("week", "week", "weeks");
        unit("day", "day", "days");
        unit("hour", "hour", "hours", "h");
        unit("minute", "minute", "minutes", "min");
        unit("percent", "percent", "pct", "%");
        unit("point", "point", "points");
        unit("euro", "euro", "euros", "eur", "€");
        unit("dollar", "dollar", "dollars", "usd", "$");
        unit("pound", "pound", "pounds", "£");
        unit("kilometre", "kilometre", "kilometres", "kilometer", "kilometers", "km");
        unit("metre", "metre", "metres", "meter", "meters", "m");
        unit("centimetre", "centimetre", "centimetres", "centimeter", "centimeters", "cm");
        unit("kilogram", "kilogram", "kilograms", "kg", "kilo", "kilos");
        unit("tonne", "tonne", "tonnes", "ton", "tons", "t");
        unit("litre", "litre", "litres", "liter", "liters", "l");
        unit("hectare", "hectare", "hectares", "ha");
        unit("million", "million", "millions", "m");
        unit("billion", "billion", "billions", "bn");
        unit("times", "times");
    }

    private final Set<String> words = new HashSet<>();
    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, Set<String>> times = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final Set<String> adjectives = new HashSet<>();
    private final Set<String> quantifiers = new HashSet<>();

    private static void unit(String name, String... spellings) {
        for (String s : spellings) {
            UNITS.putIfAbsent(s, name);
        }
    }

    private ClaimFrame() {
    }

    /** The frame of a text (one or more sentences; read as one). */
    static ClaimFrame of(String text) {
        String plain = text.replace('\u2019', '\'').replaceAll("(?<=\\d)-(?=\\p{L})", " ")
                .replaceAll("(?<=\\p{L})-(?=(?:year|month|week|day|hour)s?\\b)", " ");
        NlpModels models = NlpModels.get();
        String[] tokens = models.tokenizer().tokenize(plain);
        String[] tags = models.tagger().tag(tokens);
        ClaimFrame frame = new ClaimFrame();
        frame.read(tokens, tags);
        return frame;
    }

    private void read(String[] tokens, String[] tags) {
        String[] lower = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < tokens.length; i++) {
            words.add(FactWords.canonical(lower[i]));
            readTime(lower, i);
            readUnit(lower, i);
            if (tags[i].equals("ADJ")) {
                adjectives.add(lower[i]);
            }
            if (MANY.contains(lower[i]) || FEW.contains(lower[i]) && (i == 0 || !lower[i - 1].equals("a"))) {
                quantifiers.add(MANY.contains(lower[i]) ? "many" : "few");
            }
        }
        String preposition = "";
        int i = 0;
        while (i < tokens.length) {
            if (tags[i].equals("ADP")) {
                preposition = lower[i];
                i++;
                continue;
            }
            if (!inPhrase(tokens, tags, i)) {
                if (tags[i].equals("VERB") || tags[i].equals("AUX")) {
                    preposition = "";
                } else if (!tags[i].equals("CCONJ")) {
                    preposition = "";
                }
                i++;
                continue;
            }
            int end = i;
            // a determiner starts the next phrase ("in Moravik the trams")
            while (end < tokens.length && (inPhrase(tokens, tags, end) || joins(tokens, tags, end))
                    && !(end > i && tags[end].equals("DET"))) {
                end++;
            }
            addPhrase(slot(preposition, lower, tags, i, end), lower, tags, i, end);
            if (end < tokens.length && !tags[end].equals("CCONJ")) {
                preposition = "";
            }
            i = end;
        }
    }

    /**
     * The slot of a noun phrase: its preposition, or, without one, the subject or the object of the verb next to it
     * ("subject rise", "object hire"). A passive ("was given", "will be replaced") makes its subject the object, and
     * its "by" phrase the subject, so that active and passive wordings fill the same slots.
     */
    private static String slot(String preposition, String[] lower, String[] tags, int from, int to) {
        if (preposition.equals("by")) {
            int verb = from - 2;
            return verb >= 0 && tags[verb].equals("VERB") && passive(lower, tags, verb)
                    ? "subject " + FactWords.canonical(lower[verb]) : preposition;
        }
        if (!preposition.isEmpty()) {
            return preposition;
        }
        int before = from - 1;
        while (before >= 0 && (tags[before].equals("ADV") || tags[before].equals("PART"))) {
            before--;
        }
        if (before >= 0 && tags[before].equals("VERB")) {
            return (passive(lower, tags, before) ? "subject " : "object ") + FactWords.canonical(lower[before]);
        }
        int after = to;
        while (after < lower.length && (tags[after].equals("AUX") || tags[after].equals("ADV")
                || tags[after].equals("PART") || lower[after].equals("going") || lower[after].equals("to"))) {
            after++;
        }
        if (after < lower.length && tags[after].equals("VERB")) {
            return (passive(lower, tags, after) ? "object " : "subject ") + FactWords.canonical(lower[after]);
        }
        return "";
    }

    /** A verb after a form of "be" or "get" (adverbs between): a passive. */
    private static boolean passive(String[] lower, String[] tags, int verb) {
        int i = verb - 1;
        while (i >= 0 && (tags[i].equals("ADV") || tags[i].equals("PART"))) {
            i--;
        }
        return i >= 0 && BE.contains(lower[i]);
    }

    /** A token of a noun phrase: a determiner, adjective, noun, name, number, or a participle before a noun. */
    private static boolean inPhrase(String[] tokens, String[] tags, int i) {
        if (PHRASE_TAGS.contains(tags[i])) {
            return true;
        }
        String w = tokens[i].toLowerCase(Locale.ROOT);
        return tags[i].equals("VERB") && (w.endsWith("ing") || w.endsWith("ed")) && i + 1 < tokens.length
                && NOUN_TAGS.contains(tags[i + 1]) && i > 0 && (tags[i - 1].equals("DET")
                || tags[i - 1].equals("NUM") || tags[i - 1].equals("ADJ"));
    }

    /** A possessive or a hyphen inside a noun phrase ("the port's fees", "short-term rentals"). */
    private static boolean joins(String[] tokens, String[] tags, int i) {
        return i > 0 && i + 1 < tokens.length && (tokens[i].equals("'s") || tokens[i].equals("-"))
                && PHRASE_TAGS.contains(tags[i - 1]) && PHRASE_TAGS.contains(tags[i + 1]);
    }

    private void addPhrase(String slot, String[] lower, String[] tags, int from, int to) {
        int head = -1;
        for (int i = to - 1; i >= from && head < 0; i--) {
            if (NOUN_TAGS.contains(tags[i])) {
                head = i;
            }
        }
        if (head < 0) {
            return;
        }
        Set<String> modifiers = new TreeSet<>();
        for (int i = from; i < to; i++) {
            if (i != head && !tags[i].equals("DET") && !tags[i].equals("NUM") && Character.isLetter(lower[i].charAt(0))
                    && !MANY.contains(lower[i]) && !FEW.contains(lower[i]) && !AMOUNTS.contains(lower[i])
                    && FactWords.numberWord(lower[i]) == null) {
                modifiers.add(FactWords.canonical(lower[i]));
            }
        }
        phrases.add(new Phrase(slot, FactWords.canonical(lower[head]), tags[head].equals("PROPN"),
                modifiers));
    }

    private void readTime(String[] lower, int i) {
        String w = lower[i];
        String previous = i > 0 ? lower[i - 1] : "";
        if (MONTHS.contains(w) && !(w.equals("may") && !monthContext(lower, i))) {
            times.computeIfAbsent("month", k -> new TreeSet<>()).add(w);
        } else if (WEEKDAYS.contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w)) {
            times.computeIfAbsent("weekday", k -> new TreeSet<>()).add(w.replaceAll("s$", ""));
        } else if (PERIODS.contains(FactWords.stem(w)) && RELATIVE.contains(previous)) {
            String relative = previous.equals("past") || previous.equals("previous") ? "last"
                    : previous.equals("coming") ? "next" : previous;
            times.computeIfAbsent("relative " + FactWords.stem(w), k -> new TreeSet<>()).add(relative);
        } else if (w.matches("(?:19|20)\\d\\d") && !UNITS.containsKey(i + 1 < lower.length ? lower[i + 1] : "")) {
            times.computeIfAbsent("year", k -> new TreeSet<>()).add(w);
        }
    }

    private static boolean monthContext(String[] lower, int i) {
        String previous = i > 0 ? lower[i - 1] : "";
        String next = i + 1 < lower.length ? lower[i + 1] : "";
        return Set.of("in", "from", "since", "until", "by", "of", "early", "late", "mid", "end", "last", "next")
                .contains(previous) || next.matches("\\d+") || previous.matches("\\d+");
    }

    private void readUnit(String[] lower, int i) {
        String number = number(lower[i]);
        if (number == null || i + 1 >= lower.length) {
            return;
        }
        String unit = UNITS.get(lower[i + 1]);
        if (unit != null && !(unit.equals("million") || unit.equals("billion"))) {
            units.put(number, unit);
        } else if (unit != null && i + 2 < lower.length && UNITS.containsKey(lower[i + 2])) {
            units.put(number + " " + unit, UNITS.get(lower[i + 2]));
        }
    }

    private static String number(String token) {
        String word = FactWords.numberWord(token);
        if (word != null) {
            return word;
        }
        return !token.isEmpty() && Character.isDigit(token.charAt(0))
                ? token.replaceAll("(?<=\\d),(?=\\d{3})", "") : null;
    }

    /**
     * The first slot both frames fill differently, as "what / what", or null: a time of the same kind (month,
     * weekday, year, "this / next year"), a unit of the same number ("four years" / "four months"), a modifier of the
     * same head noun ("cod quota" / "herring quota"), the object of the same preposition ("without water" / "without
     * power"). Only words the other text lacks everywhere count, so that reworded paraphrases agree.
     */
    String conflict(ClaimFrame other) {
        for (Map.Entry<String, Set<String>> time : times.entrySet()) {
            Set<String> theirs = other.times.get(time.getKey());
            if (theirs != null && !theirs.containsAll(time.getValue()) && !time.getValue().containsAll(theirs)) {
                return time.getValue() + " / " + theirs;
            }
        }
        for (Map.Entry<String, String> quantity : units.entrySet()) {
            String theirs = other.units.get(quantity.getKey());
            if (theirs != null && !theirs.equals(quantity.getValue())) {
                return quantity.getKey() + " " + quantity.getValue() + " / " + quantity.getKey() + " " + theirs;
            }
        }
        for (Phrase mine : phrases) {
            for (Phrase theirs : other.phrases) {
                String found = modifierConflict(mine, theirs, other);
                if (found == null) {
                    found = slotConflict(mine, theirs, other);
                }
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String modifierConflict(Phrase mine, Phrase theirs, ClaimFrame other) {
        if (!mine.head().equals(theirs.head())) {
            return null;
        }
        List<String> onlyMine = mine.modifiers().stream().filter(m -> !other.words.contains(m)).toList();
        List<String> onlyTheirs = theirs.modifiers().stream().filter(m -> !words.contains(m)).toList();
        return onlyMine.isEmpty() || onlyTheirs.isEmpty() ? null
                : String.join(" ", onlyMine) + " " + mine.head() + " / " + String.join(" ", onlyTheirs) + " "
                + theirs.head();
    }

    private String slotConflict(Phrase mine, Phrase theirs, ClaimFrame other) {
        boolean compared = SLOT_PREPOSITIONS.contains(mine.slot()) || mine.slot().startsWith("subject ")
                || mine.slot().startsWith("object ");
        if (!compared || !mine.slot().equals(theirs.slot()) || mine.name() != theirs.name()
                || mine.head().equals(theirs.head()) || other.words.contains(mine.head())
                || words.contains(theirs.head()) || isTimeOrUnit(mine.head()) || isTimeOrUnit(theirs.head())
                || FactWords.isReferent(mine.head()) || FactWords.isReferent(theirs.head())) {
            return null;
        }
        return mine.slot() + ": " + mine.head() + " / " + theirs.head();
    }

    private static boolean isTimeOrUnit(String canonical) {
        return MONTHS.contains(canonical) || WEEKDAYS.stream().anyMatch(d -> FactWords.canonical(d).equals(canonical))
                || PERIODS.contains(canonical) || UNITS.values().stream().anyMatch(u -> FactWords.canonical(u)
                .equals(canonical)) || Character.isDigit(canonical.charAt(0));
    }

    /**
     * Whether the frames say opposite things without a negation word: an adjective in one whose negated form
     * ("unsafe", "illegal", "dishonest") is in the other, or "most" / "many" in one and "few" in the other.
     */
    String opposes(ClaimFrame other) {
        for (String adjective : adjectives) {
            for (String prefix : NEGATING_PREFIXES) {
                if (other.adjectives.contains(prefix + adjective)) {
                    return adjective + " / " + prefix + adjective;
                }
                if (adjective.startsWith(prefix) && other.adjectives.contains(adjective.substring(prefix.length()))) {
                    return adjective + " / " + adjective.substring(prefix.length());
                }
            }
        }
        boolean mineMany = quantifiers.contains("many") && !quantifiers.contains("few");
        boolean mineFew = quantifiers.contains("few") && !quantifiers.contains("many");
        boolean theirsMany = other.quantifiers.contains("many") && !other.quantifiers.contains("few");
        boolean theirsFew = other.quantifiers.contains("few") && !other.quantifiers.contains("many");
        return mineMany && theirsFew || mineFew && theirsMany ? "many / few" : null;
    }

    /** Whether the text has this word, in its canonical form (for {@link MatchRules}). */
    boolean has(String canonical) {
        return words.contains(canonical);
    }

    @Override
    public String toString() {
        return "phrases " + phrases + ", times " + times + ", units " + units + ", adjectives " + adjectives;
    }
}
