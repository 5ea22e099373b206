package io.claimtrail.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one home of a claim's polarity: whether its text asserts something or negates it ("will cut" / "will not
 * cut", "there is no evidence", "denied that", "rejected the offer", "turned down the offer"). Two texts of opposite
 * polarity are never duplicates, however alike their words. Negation cues are counted and their parity decides
 * ("did not deny" asserts), so that a denial and the plain negative it denies agree. Fixed phrases that assert
 * despite a cue ("not only", "no doubt") are skipped, and so are "no." before a number (No. 10) and "nor", which
 * continues a negation rather than starting one.
 */
public enum Polarity {

    AFFIRMED, NEGATED;

    private static final Set<String> CUES = Set.of("not", "no", "never", "none", "nobody", "nothing", "nowhere",
            "neither", "cannot", "without", "lack", "lacks", "lacked", "lacking", "absence", "unlikely", "untrue",
            "unfounded", "baseless", "groundless", "deny", "denies", "denied", "denying", "denial", "refute", "refutes",
            "refuted", "refuting", "reject", "rejects", "rejected", "rejecting", "refuse", "refuses",
            "refused", "refusing");
    /** Contractions typed without their apostrophe. */
    private static final Set<String> BARE_CONTRACTIONS = Set.of("dont", "doesnt", "didnt", "wont", "cant", "isnt",
            "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "wouldnt", "shouldnt", "couldnt", "aint");
    /** A cue followed by one of these words asserts: "not only", "no doubt", "nothing but", "not just". */
    private static final Set<String> ASSERTING_NEXT = Set.of("only", "just", "doubt", "but", "sooner");
    private static final Set<String> FAIL = Set.of("fail", "fails", "failed", "failing");
    /** Verbs that end what the next -ing form does: "will stop hearing cases" does not hear them. */
    private static final Set<String> CEASE = Set.of("stop", "stops", "stopped", "stopping", "cease", "ceases",
            "ceased", "ceasing", "quit", "quits", "quitting");
    private static final Set<String> TURN = Set.of("turn", "turns", "turned", "turning");
    private static final Set<String> POSE = Set.of("pose", "poses", "posed", "posing");
    private static final Set<String> RISKS = Set.of("risk", "risks", "danger", "threat", "hazard");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");

    /** The polarity of a text: negated when it holds an odd number of negation cues. */
    public static Polarity of(String text) {
        return cues(text).size() % 2 == 0 ? AFFIRMED : NEGATED;
    }

    /** Whether two texts have opposite polarity. */
    public static boolean opposite(String a, String b) {
        return of(a) != of(b);
    }

    /** The negation cues found, in order (for explanations and tests). */
    public static List<String> cues(String text) {
        List<String> words = words(text);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (isCue(words, i)) {
                found.add(words.get(i));
            }
        }
        return found;
    }

    /**
     * Whether the i-th of these lower-cased words negates: a cue word not starting an asserting phrase, "fail(ed)
     * to", "turn(ed) down" (rejects), "stop(ped)" before an -ing form, "at most" (an upper bound, as "not more than" and "not exceed" are), or "risk",
     * "danger", "threat" after a form of "pose" ("poses a risk": is unsafe, so that "poses no risk" asserts safety).
     */
    static boolean isCue(List<String> words, int i) {
        String word = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        boolean cue = CUES.contains(word) || word.endsWith("n't") || BARE_CONTRACTIONS.contains(word)
                || FAIL.contains(word) && next.equals("to")
                || TURN.contains(word) && next.equals("down")
                || CEASE.contains(word) && next.length() > 4 && next.endsWith("ing")
                || word.equals("at") && next.equals("most")
                || RISKS.contains(word) && posedBefore(words, i);
        return cue && !ASSERTING_NEXT.contains(next) && !(word.equals("no") && isNumber(next))
                && !(word.equals("without") && next.equals("doubt"));
    }

    private static boolean posedBefore(List<String> words, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (POSE.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'');
        Matcher m = WORD.matcher(plain);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }
}
