package io.claimtrail.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word lists of the rules: cue verbs and their forms, titles, anonymous heads, pronouns. */
final class Lexicon {

    /** A cue verb: its lemma, and whether it reports speech by itself (strong) or needs "that" after it. */
    record Cue(String lemma, boolean strong) {
    }

    private static final Map<String, Cue> CUES = new HashMap<>();

    private static void cue(boolean strong, String... forms) {
        Cue c = new Cue(forms[0], strong);
        for (String f : forms) {
            CUES.put(f, c);
        }
    }

    static {
        cue(true, "say", "said", "says", "saying");
        cue(true, "tell", "told", "tells", "telling");
        cue(true, "add", "added", "adds", "adding");
        cue(true, "warn", "warned", "warns", "warning");
        cue(true, "deny", "denied", "denies", "denying");
        cue(true, "claim", "claimed", "claims", "claiming");
        cue(true, "state", "stated", "states", "stating");
        cue(true, "announce", "announced", "announces", "announcing");
        cue(true, "argue", "argued", "argues", "arguing");
        cue(true, "insist", "insisted", "insists", "insisting");
        cue(true, "note", "noted", "notes", "noting");
        cue(true, "explain", "explained", "explains", "explaining");
        cue(true, "suggest", "suggested", "suggests", "suggesting");
        cue(true, "acknowledge", "acknowledged", "acknowledges", "acknowledging");
        cue(true, "admit", "admitted", "admits", "admitting");
        cue(true, "report", "reported", "reports", "reporting");
        cue(true, "write", "wrote", "writes", "writing", "written");
        cue(true, "tweet", "tweeted", "tweets", "tweeting");
        cue(true, "declare", "declared", "declares", "declaring");
        cue(true, "contend", "contended", "contends", "contending");
        cue(true, "assert", "asserted", "asserts", "asserting");
        cue(true, "maintain", "maintained", "maintains", "maintaining");
        cue(true, "predict", "predicted", "predicts", "predicting");
        cue(true, "confirm", "confirmed", "confirms", "confirming");
        cue(true, "reply", "replied", "replies", "replying");
        cue(true, "respond", "responded", "responds", "responding");
        cue(true, "recall", "recalled", "recalls", "recalling");
        cue(true, "emphasize", "emphasized", "emphasizes", "emphasizing", "emphasised", "emphasises");
        cue(true, "stress", "stressed", "stresses", "stressing");
        cue(true, "testify", "testified", "testifies", "testifying");
        cue(true, "allege", "alleged", "alleges", "alleging");
        cue(true, "concede", "conceded", "concedes", "conceding");
        cue(true, "caution", "cautioned", "cautions", "cautioning");
        cue(true, "continue", "continued");
        cue(true, "ask", "asked", "asks", "asking");
        cue(true, "boast", "boasted", "boasts", "boasting");
        cue(true, "complain", "complained", "complains", "complaining");
        cue(true, "counter", "countered", "counters", "countering");
        cue(true, "remark", "remarked", "remarks");
        cue(true, "quip", "quipped", "quips");
        cue(true, "joke", "joked", "jokes");
        cue(true, "observe", "observed", "observes");
        cue(true, "promise", "promised", "promises", "promising");
        cue(true, "pledge", "pledged", "pledges", "pledging");
        cue(true, "vow", "vowed", "vows", "vowing");
        cue(true, "urge", "urged", "urges", "urging");
        cue(true, "believe", "believed", "believes", "believing");
        cue(true, "think", "thought", "thinks");
        cue(false, "agree", "agreed", "agrees");
        cue(false, "conclude", "concluded", "concludes");
        cue(true, "find", "found", "finds");
        cue(true, "show", "showed", "shows", "shown");
        cue(false, "hope", "hoped", "hopes");
        cue(false, "fear", "feared", "fears");
        cue(false, "worry", "worried", "worries");
        cue(false, "expect", "expected", "expects");
        cue(false, "estimate", "estimated", "estimates");
        cue(false, "indicate", "indicated", "indicates");
        cue(false, "reveal", "revealed", "reveals");
        cue(false, "mention", "mentioned", "mentions");
        cue(false, "know", "knew", "knows");
        cue(false, "charge", "charged", "charges");
        cue(false, "accuse", "accused", "accuses");
        cue(false, "feel", "felt", "feels");
        cue(false, "realize", "realized", "realizes");
        cue(false, "understand", "understood", "understands");
        cue(false, "recognize", "recognized", "recognizes");
        cue(false, "demonstrate", "demonstrated", "demonstrates");
    }

    static Cue cue(String lowerWord) {
        return CUES.get(lowerWord);
    }

    /**
     * Verbs of stance and speech acts whose object is what was attributed ("called for a review", "criticized the
     * plan"): attributions only with a named or pronoun speaker right before them.
     */
    private static final Map<String, String> ACTS = new HashMap<>();

    private static void act(String... forms) {
        for (String f : forms) {
            ACTS.put(f, forms[0]);
        }
    }

    static {
        act("call", "called", "calls", "calling");
        act("criticize", "criticized", "criticizes", "criticised", "criticizing");
        act("attack", "attacked", "attacks", "attacking");
        act("praise", "praised", "praises", "praising");
        act("defend", "defended", "defends", "defending");
        act("blame", "blamed", "blames", "blaming");
        act("describe", "described", "describes", "describing");
        act("cite", "cited", "cites", "citing");
        act("support", "supported", "supports", "supporting");
        act("oppose", "opposed", "opposes", "opposing");
        act("endorse", "endorsed", "endorses", "endorsing");
        act("reject", "rejected", "rejects", "rejecting");
        act("dismiss", "dismissed", "dismisses", "dismissing");
        act("question", "questioned", "questions", "questioning");
        act("challenge", "challenged", "challenges", "challenging");
        act("demand", "demanded", "demands", "demanding");
        act("propose", "proposed", "proposes", "proposing");
        act("want", "wanted", "wants");
        act("plan", "planned", "plans");
        act("decline", "declined", "declines");
        act("refuse", "refused", "refuses");
        act("condemn", "condemned", "condemns", "condemning");
        act("slam", "slammed", "slams");
        act("blast", "blasted", "blasts");
        act("mock", "mocked", "mocks", "mocking");
        act("dispute", "disputed", "disputes");
        act("recommend", "recommended", "recommends");
        act("threaten", "threatened", "threatens");
        act("dismiss", "dismissed");
        act("highlight", "highlighted", "highlights");
        act("invoke", "invoked", "invokes");
        act("accuse", "accused", "accuses", "accusing");
    }

    static String act(String lowerWord) {
        return ACTS.get(lowerWord);
    }

    /** Nouns a "expressed ..." cue takes: "expressed worry about", "voiced concern that". */
    static final Set<String> EXPRESS_VERBS = set("expressed", "expresses", "voiced", "voices", "raised");
    static final Set<String> EXPRESS_NOUNS = set("worry", "worries", "concern", "concerns", "doubt", "doubts",
            "hope", "fear", "fears", "confidence", "skepticism", "scepticism", "frustration", "alarm", "optimism",
            "regret", "dismay", "support", "opposition", "disappointment", "satisfaction");

    /** Words between a speaker and the cue ("has also said"). */
    static final Set<String> BETWEEN = set("has", "have", "had", "is", "was", "were", "are", "will", "would",
            "also", "later", "then", "repeatedly", "previously", "recently", "once", "again", "further", "often",
            "has also", "publicly", "privately", "flatly", "already", "even", "quickly", "simply", "initially",
            "earlier", "first", "reportedly", "frequently", "subsequently", "did", "does", "do", "may", "might",
            "could", "can", "has been", "been", "still", "just", "separately", "alternately", "explicitly",
            "openly", "similarly", "likewise", "specifically", "bluntly", "angrily", "famously", "herself",
            "himself", "themselves");

    static final Set<String> NEGATIONS = set("not", "n't", "never", "no");

    /** Words that may follow a cue before its content: dates, "reporters", "in a statement". */
    static final Set<String> TIME_WORDS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "last", "this",
            "week", "month", "year", "earlier", "later", "recently", "previously", "also", "again", "repeatedly",
            "publicly", "privately", "flatly", "then", "too", "once", "weekend", "past", "ago", "days", "weeks");

    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "i", "we", "you");
    static final Set<String> RELATIVES = set("who", "which", "that");

    /** Heads of a speaker phrase that name nobody: "officials said", "a source said". */
    static final Set<String> ANONYMOUS_HEADS = set("official", "officials", "source", "sources", "aide",
            "aides", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "person", "people", "expert",
            "experts", "analyst", "analysts", "diplomat", "diplomats", "critic", "critics", "observer", "observers",
            "resident", "residents", "witness", "witnesses", "insider", "insiders", "staffer", "staffers",
            "adviser", "advisers", "advisor", "advisors", "investigator", "investigators", "officer", "officers",
            "lawmaker", "lawmakers", "member", "members", "someone", "media", "reports", "others", "some", "many",
            "observers", "strategist", "strategists", "operative", "operatives", "supporters", "opponents",
            "veteran", "veterans", "voters", "democrats", "republicans", "economists", "scientists", "researchers",
            "activists", "allies", "leaders", "representatives", "representative", "administration");

    /** Nouns standing for a document that may point back to its author ("the report suggested"). */
    static final Set<String> DOCUMENT_HEADS = set("report", "statement", "study", "survey", "poll", "article",
            "letter", "memo", "analysis", "document", "broadcast", "story", "investigation", "filing", "complaint",
            "lawsuit", "assessment");

    /** Words of a title rather than of a name: "Deputy Pentagon Press Secretary Sabrina Singh". */
    static final Set<String> TITLE_WORDS = set("deputy", "press", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "president", "vice", "minister", "prime", "foreign", "defense", "defence", "senator",
            "sen.", "sen", "rep.", "rep", "representative", "gov.", "governor", "mayor", "director", "chief",
            "general", "gen.", "lt.", "col.", "colonel", "admiral", "adm.", "ambassador", "chairman", "chairwoman",
            "chair", "ceo", "head", "leader", "attorney", "judge", "justice", "commissioner", "officer", "adviser",
            "advisor", "correspondent", "editor", "reporter", "analyst", "professor", "prof.", "dr.", "dr", "mr.",
            "mr", "mrs.", "mrs", "ms.", "ms", "sir", "king", "queen", "pope", "sergeant", "sgt.", "captain",
            "capt.", "commander", "envoy", "senior", "former", "acting", "assistant", "associate", "executive",
            "national", "security", "candidate", "nominee", "speaker", "majority", "minority", "whip",
            "state", "special", "counsel", "sheriff", "lieutenant", "congressman", "congresswoman", "councilman",
            "councilwoman", "chancellor", "premier", "dictator", "leader", "founder", "manager", "strategist",
            "pollster", "official", "host", "anchor", "columnist", "democratic", "republican", "gop", "u.s.",
            "presidential", "vice-president", "first", "lady", "rev.", "father", "bishop", "cardinal", "gen",
            "spokesmen", "officials", "inspector", "surgeon", "treasurer", "clerk", "chair", "co-founder",
            "the", "a", "an");

    /** Honorifics dropped from a name ("Mr. Obama" is Obama). */
    static final Set<String> HONORIFICS = set("mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "sir",
            "rev.", "prof.");

    /** Words that make a capitalised name an institution, not a person. */
    static final Set<String> INSTITUTION_WORDS = set("department", "house", "ministry", "office", "agency",
            "committee", "party", "news", "times", "post", "press", "council", "court", "bank", "university",
            "institute", "pentagon", "kremlin", "congress", "senate", "tv", "network", "corp", "corp.", "inc",
            "inc.", "association", "union", "fund", "campaign", "foundation", "organization", "organisation",
            "administration", "government", "army", "forces", "force", "police", "service", "services",
            "commission", "center", "centre", "group", "journal", "magazine", "channel", "broadcasting", "nations",
            "states", "republic", "kingdom", "company", "board", "bureau", "club", "church", "school", "college",
            "cnn", "fbi", "cia", "nato", "un", "eu", "abc", "nbc", "cbs", "fox", "ap", "reuters", "facebook",
            "twitter", "google", "politifact", "poll", "survey", "tribune", "herald", "daily", "weekly", "radio",
            "media", "research", "project", "coalition", "alliance", "federation", "league", "authority", "white",
            "york", "washington", "america", "china", "russia", "korea", "ukraine", "iran", "iraq", "syria");

    private Lexicon() {
    }

    /** A set that tolerates the same word twice in a list. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
