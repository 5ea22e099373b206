package io.claimtrail.claims.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a claim that carry its fact, for {@link MatchRules}: lower-cased, fixed phrases joined ("per cent",
 * "gross domestic product", "go up"), number words as digits, function words, negation cues (the business of
 * {@link Polarity}) and attribution verbs ("said", "according to") left out, each word reduced to a stem (plural,
 * -ed, -ing, possessive) and synonyms of common news wording to one of them ("troops" / "soldiers", "stay" /
 * "remain"). Each word says whether it names a participant of the fact (a thing, place, person, quality) or is
 * likely a verb: a word after a modal or "to", an -ed or -ing form, or a known verb form, unless capitalised inside
 * the text (a name: "sent to Donetsk"). Only participants count when two claims put different words in the same
 * place ({@link MatchRules}).
 */
final class FactWords {

    /** One word: its canonical form (stem or synonym group), whether it may name a participant, and its direction. */
    record Word(String canonical, boolean participant, Direction direction) {
    }

    /**
     * Which way a word says something moves or stands (rise / fall, open / close), which of two opposite acts of
     * news it names (arrest / release, ban / allow, keep / cancel), or which of two contrasting sides (new /
     * existing, public / private), or NONE. The values come in opposing pairs, in order.
     */
    enum Direction {
        NONE, UP, DOWN, OPEN, CLOSED, START, STOP, KEEP, CANCEL, ARREST, RELEASE, INSTALL, REMOVE, BAN, ALLOW,
        HIRE, FIRE, NEW, OLD, PUBLIC, PRIVATE, DOMESTIC, FOREIGN;

        /** An act of news (start / stop, ban / allow ...), not a movement or a side. */
        boolean act() {
            return ordinal() >= START.ordinal() && ordinal() <= FIRE.ordinal();
        }

        boolean opposes(Direction other) {
            return this != NONE && other != NONE && this != other
                    && (ordinal() - 1) / 2 == (other.ordinal() - 1) / 2;
        }
    }

    /** Common antonym pairs of news wording, each word listed with its irregular forms (regular ones are stemmed). */
    private static final Map<Direction, List<String>> ANTONYMS = Map.ofEntries(
            Map.entry(Direction.START, List.of("start", "begin", "launch", "introduce")),
            Map.entry(Direction.STOP, List.of("stop", "halt", "suspend", "abolish")),
            Map.entry(Direction.KEEP, List.of("keep", "kept", "continue", "maintain", "retain")),
            Map.entry(Direction.CANCEL, List.of("cancel", "cancelled", "canceled", "scrap", "axe", "axed")),
            Map.entry(Direction.ARREST, List.of("arrest", "detain", "seize", "jail", "jailed")),
            Map.entry(Direction.RELEASE, List.of("release", "freed")),
            Map.entry(Direction.INSTALL, List.of("install", "installed")),
            Map.entry(Direction.REMOVE, List.of("remove", "dismantle")),
            Map.entry(Direction.BAN, List.of("ban", "banned", "forbid", "forbidden", "forbade", "prohibit",
                    "outlaw")),
            Map.entry(Direction.ALLOW, List.of("allow", "permit", "permitted", "legalise", "legalize", "welcome")),
            Map.entry(Direction.HIRE, List.of("hire", "recruit", "employ")),
            Map.entry(Direction.FIRE, List.of("fire", "dismiss", "sack", "layoff")),
            Map.entry(Direction.NEW, List.of("new")),
            Map.entry(Direction.OLD, List.of("existing", "old", "former")),
            Map.entry(Direction.PUBLIC, List.of("public")),
            Map.entry(Direction.PRIVATE, List.of("private", "privately")),
            Map.entry(Direction.DOMESTIC, List.of("domestic")),
            Map.entry(Direction.FOREIGN, List.of("foreign", "international", "overseas")));

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)*|[\\p{L}]+(?:'[\\p{L}]+)*");
    /** Phrases read as one word (applied to the lower-cased text, in order). */
    private static final String[][] PHRASES = {
            {"\\bper cent\\b|%", " percent"},
            {"\\bgross domestic product\\b", "gdp"},
            {"\\bvalue[- ]added tax\\b", "vat"},
            {"\\bforeign exchange\\b", "foreign currency"},
            {"\\b(?:close|next) to\\b", "near"},
            {"\\b(?:go|goes|going|went|gone) up\\b", "rise"},
            {"\\b(?:go|goes|going|went|gone) down\\b", "fall"},
            {"\\b(?:shut|shuts|shutting|close|closes|closed|closing) down\\b", "close"},
            {"\\bfree of charge\\b", "free"},
            // an act on a ban is an act on what it bans: lifting it allows, keeping it bans
            {"\\b(?:lift|lifts|lifted|lifting|end|ends|ended|ending|scrap|scraps|scrapped|scrapping|remove|removes"
                    + "|removed|removing|cancel|cancels|cancelled|canceled) (?:the |its |a )?ban\\b", "allow"},
            {"\\bban\\b(.{0,60}?) (?:be|been|is|was|were|are|being) (?:lifted|ended|scrapped|removed|cancel+ed)\\b",
                    "allow$1"},
            {"\\b(?:keep|keeps|kept|keeping|maintain|maintains|maintained|extend|extends|extended)"
                    + " (?:the |its |a )?ban\\b", "ban"},
    };
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
            "by", "with", "into", "onto", "about", "after", "before", "during", "since", "until", "through",
            "across", "between", "among", "per", "via", "near", "as", "than", "and", "or", "but", "if", "because",
            "so", "that", "this", "these", "those", "which", "who", "whom", "what", "it", "its", "they", "their",
            "them", "we", "our", "us", "he", "his", "him", "she", "her", "i", "you", "your", "be", "is", "are", "was",
            "were", "been", "being", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "has", "have", "had", "do", "does", "did", "done", "there", "here", "also", "again", "still", "already",
            "just", "only", "now", "then", "very", "some", "any", "all", "such", "own", "out", "instead",
            "according", "said", "says", "say", "saying", "told", "tell", "tells", "stated", "announced", "added",
            "claimed", "reported", "explained", "noted", "expects", "expect", "expected", "expecting", "plan",
            "plans", "planned", "planning", "intends", "intend", "set", "around", "nearly", "almost", "roughly",
            "over", "under", "above", "below", "up", "down", "most", "least", "new", "whole");
    /** Words after which a verb comes: modals, "to", the auxiliaries of the perfect and passive. */
    private static final Set<String> BEFORE_VERB = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "to", "did", "does", "do", "has", "have", "had", "been", "be", "was", "were", "is",
            "are", "not", "never", "won't", "can't", "didn't", "doesn't");
    /** Nouns that refer to the speaker or its kind rather than to the fact ("the ministry", "the company"). */
    private static final Set<String> REFERENTS = stems("ministry", "government", "company", "firm", "authority",
            "council", "agency", "department", "office", "spokesperson", "spokesman", "spokeswoman", "official",
            "officials", "minister", "state", "administration", "group");
    private static final Set<String> IRREGULAR_VERBS = Set.of("sent", "sold", "bought", "built", "rose", "risen",
            "fell", "fallen", "grew", "grown", "went", "gone", "came", "come", "got", "gotten", "found", "made",
            "held", "kept", "left", "lost", "paid", "saw", "seen", "took", "taken", "gave", "given", "brought",
            "put", "shut", "hit", "cut", "won", "began", "begun", "ran", "run", "met", "led", "spent", "became",
            "become", "serve", "sees", "see", "get", "gets", "give", "gives", "take", "takes", "make", "makes",
            "keep", "keeps", "hold", "holds", "need", "needs", "stay", "stays", "remain", "remains", "pose",
            "poses", "reach", "reaches", "receive", "receives", "count", "counts", "cost", "costs", "handle",
            "handles", "supply", "supplies", "power", "closes", "opens");
    private static final Map<String, String> NUMBERS = Map.ofEntries(Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"),
            Map.entry("eighteen", "18"), Map.entry("nineteen", "19"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
            Map.entry("sixty", "60"), Map.entry("seventy", "70"), Map.entry("eighty", "80"),
            Map.entry("ninety", "90"), Map.entry("hundred", "100"));
    /** Synonym groups of common news wording; the first word names the group. */
    private static final String[][] SYNONYMS = {
            {"rise", "increase", "grow", "growth", "climb", "raise", "lift", "hike", "rose", "risen", "grew", "grown"},
            {"fall", "drop", "decline", "decrease", "shrink", "fell", "fallen", "shrank", "reduce", "lower", "halve"},
            {"close", "shut"},
            {"stay", "remain", "keep", "kept"},
            {"send", "sent", "deploy", "dispatch"},
            {"record", "register", "count"},
            {"build", "built", "construct"},
            {"buy", "bought", "purchase", "acquire"},
            {"stop", "halt", "suspend"},
            {"cause", "trigger"},
            {"receive", "get", "got", "obtain"},
            {"reach", "hit", "total"},
            {"troop", "soldier"},
            {"ship", "vessel"},
            {"surgery", "operation"},
            {"home", "household", "house", "housing", "dwelling"},
            {"post", "position", "job"},
            {"vacant", "unfilled", "empty"},
            {"bank", "lender"},
            {"price", "cost", "bill", "fee", "charge", "tariff", "fare"},
            {"electricity", "power", "energy"},
            {"plant", "station"},
            {"large", "big"},
            {"small", "little"},
            {"evidence", "proof", "sign", "indication"},
            {"child", "children", "kid"},
            {"people", "person", "persons"},
            {"start", "begin", "began", "begun"},
            {"strike", "walkout"},
            {"country", "nation", "national"},
            {"stake", "share", "holding"},
            {"last", "past", "previous"},
            {"next", "coming"},
    };
    /** The synonym groups of verbs: never participants. */
    private static final Set<String> VERB_GROUPS = Set.of("rise", "fall", "close", "stay", "send", "record", "build",
            "buy", "stop", "cause", "receive", "reach", "start");
    private static final Map<String, Direction> DIRECTIONS = new HashMap<>();
    private static final Map<String, String> GROUPS = new HashMap<>();

    static {
        for (String[] group : SYNONYMS) {
            for (String word : group) {
                GROUPS.put(stem(word), group[0]);
            }
        }
        for (String w : List.of("rise", "more", "higher", "larger", "bigger", "greater", "exceed", "double", "gain",
                "recover")) {
            DIRECTIONS.put(canonical(w), Direction.UP);
        }
        for (String w : List.of("fall", "cut", "fewer", "less", "lower", "smaller", "halve", "lose", "loss")) {
            DIRECTIONS.put(canonical(w), Direction.DOWN);
        }
        DIRECTIONS.put(canonical("open"), Direction.OPEN);
        DIRECTIONS.put(canonical("close"), Direction.CLOSED);
        ANTONYMS.forEach((direction, words) -> words.forEach(w -> DIRECTIONS.putIfAbsent(canonical(w), direction)));
    }

    /** Whether a canonical word refers to the speaker or its kind ("the ministry", "the state"). */
    static boolean isReferent(String canonical) {
        return REFERENTS.contains(canonical);
    }

    /** Whether a lower-cased word is a function word, of no fact by itself ("set", "up", "over", "new"). */
    static boolean isStop(String token) {
        return STOP.contains(token);
    }

    /** The digits of a number word ("four": "4"), or null. */
    static String numberWord(String token) {
        return NUMBERS.get(token);
    }

    /** Nouns of a level a figure may be "above" or "below" ("below the limit", "above its 2010 level"). */
    private static final Set<String> LEVELS = Set.of("level", "levels", "limit", "limits", "target", "average",
            "threshold", "norm");

    /** Words after which "may" is the month, not the modal. */
    private static final Set<String> MONTH_BEFORE = Set.of("in", "from", "since", "until", "by", "of", "early",
            "late", "mid", "end");

    private FactWords() {
    }

    private static Set<String> stems(String... words) {
        return Arrays.stream(words).map(FactWords::stem).collect(Collectors.toSet());
    }

    /** The fact-carrying words of a text, in order. */
    static List<Word> of(String text) {
        String plain = Quantities.plainFigures(text.replace('\u2019', '\'').replace('\u02bc', '\''));
        for (String[] phrase : PHRASES) {
            plain = plain.replaceAll("(?iu)" + phrase[0], phrase[1]);
        }
        List<String> tokens = new ArrayList<>();
        List<Boolean> capitalised = new ArrayList<>();
        Matcher m = TOKEN.matcher(plain);
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
            capitalised.add(Character.isUpperCase(m.group().charAt(0)));
        }
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String previous = i > 0 ? tokens.get(i - 1) : "";
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (token.equals("may") && MONTH_BEFORE.contains(previous)) {
                words.add(new Word("may", true, Direction.NONE));
                continue;
            }
            Direction direction = direction(token, next, tokens.subList(i + 1, Math.min(tokens.size(), i + 4)));
            if (STOP.contains(token) && direction == Direction.NONE || Polarity.isCue(tokens, i)) {
                continue;
            }
            String number = NUMBERS.get(token);
            if (number != null || Character.isDigit(token.charAt(0))) {
                words.add(new Word(number != null ? number : token.replaceAll("(?<=\\d),(?=\\d{3})", ""), false,
                        Direction.NONE));
                continue;
            }
            String canonical = canonical(token);
            // a capitalised word inside the text is a name ("sent to Donetsk"), whatever comes before it
            boolean name = i > 0 && capitalised.get(i);
            boolean verb = !name && !pluralNounAfterTo(previous, token)
                    && (BEFORE_VERB.contains(previous) || IRREGULAR_VERBS.contains(token)
                    || token.length() > 4 && (token.endsWith("ed") || token.endsWith("ing")));
            boolean participant = !verb && !REFERENTS.contains(canonical) && direction == Direction.NONE
                    && !VERB_GROUPS.contains(canonical);
            words.add(new Word(canonical, participant, direction));
        }
        return words;
    }

    /**
     * "to insurers", "to farmers": after "to", a word with a plural -s is a noun (a participant), since an
     * infinitive never takes one; -ss, -us and -is endings are no plural ("to discuss", "to focus").
     */
    static boolean pluralNounAfterTo(String previous, String token) {
        return previous.equals("to") && token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")
                && !token.endsWith("us") && !token.endsWith("is");
    }

    /**
     * The direction a word gives: rise and fall and their synonyms, comparatives, open and close; "above", "below",
     * "over", "under" only before a figure ("over 65") or a level ("below their 2010 level"), not as places ("over
     * the desert").
     */
    private static Direction direction(String token, String next, List<String> ahead) {
        boolean figure = !next.isEmpty() && Character.isDigit(next.charAt(0)) || NUMBERS.containsKey(next)
                || ahead.stream().anyMatch(LEVELS::contains);
        if (figure && (token.equals("above") || token.equals("over"))) {
            return Direction.UP;
        }
        if (figure && (token.equals("below") || token.equals("under"))) {
            return Direction.DOWN;
        }
        return DIRECTIONS.getOrDefault(canonical(token), Direction.NONE);
    }

    static String canonical(String word) {
        String stem = stem(word);
        return GROUPS.getOrDefault(stem, stem);
    }

    /** A light English stem: possessive, plural, -ed and -ing endings off, a doubled last consonant and a final e. */
    static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2)
                : word.endsWith("'") ? word.substring(0, word.length() - 1) : word;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches")
                || w.endsWith("shes"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)
                && "bdgmnprt".indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("y")) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return w;
    }
}
