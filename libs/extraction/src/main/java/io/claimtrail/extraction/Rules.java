package io.claimtrail.extraction;

import io.claimtrail.extraction.Extractor.Doc;
import io.claimtrail.extraction.Extractor.Quote;
import io.claimtrail.extraction.Extractor.Sent;
import io.claimtrail.extraction.Extractor.Tok;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The attribution rules, run once over one analysed article. */
final class Rules {

    private static final int NEGATED = -2;

    /** A speaker as found, with what the rules need to know about it later. */
    record Who(Speaker speaker, boolean person, int at) {
        String name() {
            return speaker.name();
        }
    }

    /** The frame of an attribution: who, the cue (UTF-16 offsets), its lemma, its sentence, a base score. */
    record Frame(Who who, int cueStart, int cueEnd, String lemma, Sent sent, double score) {
    }

    /** A candidate with its speaker as found, for pronouns and continuations later in the text. */
    record Found(Candidate candidate, Who who, Sent sent, Mode mode, int contentStart, int contentEnd) {
    }

    /** A name of two capitalised words or more seen in the text. */
    record Name(int s, int e, String text, String last, boolean person, String role, String institution) {
    }

    private final Doc d;
    private final String text;
    private final Set<Integer> usedCues = new HashSet<>();
    private final Set<Quote> usedQuotes = new HashSet<>();
    private final List<Found> found = new ArrayList<>();
    private final List<Name> names = new ArrayList<>();

    Rules(Doc d) {
        this.d = d;
        this.text = d.text;
    }

    void run() {
        collectNames();
        for (Quote q : d.quotes) {
            direct(q);
        }
        for (Sent s : d.sents) {
            indirect(s);
        }
    }

    // ------------------------------------------------------------------------------------------ names

    private void collectNames() {
        for (Sent s : d.sents) {
            List<Tok> t = s.toks;
            int i = 0;
            while (i < t.size()) {
                if (!nameTok(t.get(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < t.size() && nameTok(t.get(j))) {
                    j++;
                }
                int a = j;
                while (a - 1 >= i && !Lexicon.TITLE_WORDS.contains(t.get(a - 1).lw())
                        && !Lexicon.HONORIFICS.contains(t.get(a - 1).lw())) {
                    a--;
                }
                if (j - a >= 2) {
                    String n = text.substring(t.get(a).s(), t.get(j - 1).e());
                    int r = i;
                    while (r < a && Lexicon.HONORIFICS.contains(t.get(r).lw())) {
                        r++;
                    }
                    String role = r < a ? text.substring(t.get(r).s(), t.get(a - 1).e()) : null;
                    names.add(new Name(t.get(a).s(), t.get(j - 1).e(), n, t.get(j - 1).lw(), personName(t, a, j),
                            role, r < a ? institution(t, r, a - 1) : null));
                }
                i = j;
            }
        }
    }

    private static boolean nameTok(Tok t) {
        return t.is("PROPN") && t.capitalised() && Character.isLetter(t.w().charAt(0));
    }

    private static boolean personName(List<Tok> t, int a, int j) {
        if (j - a < 2 || j - a > 4) {
            return false;
        }
        for (int k = a; k < j; k++) {
            String w = t.get(k).w();
            if (Lexicon.INSTITUTION_WORDS.contains(t.get(k).lw()) || Lexicon.TITLE_WORDS.contains(t.get(k).lw())) {
                return false;
            }
            if (w.length() > 1 && w.equals(w.toUpperCase()) && !w.endsWith(".")) {
                return false; // "TV", "NATO"
            }
        }
        return true;
    }

    private Name lastName(String last, int before) {
        Name best = null;
        for (Name n : names) {
            if (n.s() < before && n.last().equals(last)) {
                best = n;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------------------------------ direct

    private void direct(Quote q) {
        String qt = text.substring(q.cs(), q.ce());
        boolean full = q.words(text) >= 4 || qt.matches("(?s).*[.!?…,]$");
        if (!full || q.words(text) < 2) {
            return;
        }
        Frame f = afterFrame(q);
        if (f == null) {
            f = beforeFrame(q);
        }
        if (f == null) {
            f = previousParagraphFrame(q);
        }
        if (f == null) {
            f = continuation(q);
        }
        if (f == null) {
            return;
        }
        usedQuotes.add(q);
        if (f.cueStart() >= 0) {
            usedCues.add(f.cueStart());
        }
        List<int[]> pieces = new ArrayList<>();
        for (Sent s : d.sents) {
            int ps = Math.max(s.s, q.cs());
            int pe = Math.min(s.e, q.ce());
            if (pe <= ps) {
                continue;
            }
            int[] p = trimPiece(ps, pe);
            if (p[1] > p[0]) {
                if (!pieces.isEmpty() && (words(p) < 3 || words(pieces.get(pieces.size() - 1)) < 3)) {
                    pieces.get(pieces.size() - 1)[1] = p[1];
                } else {
                    pieces.add(p);
                }
            }
        }
        for (int[] p : pieces) {
            String quote = text.substring(p[0], p[1]);
            add(Mode.DIRECT, f, p[0], p[1], quote, List.of(new int[] {q.open(), q.close() < 0 ? q.ce() : q.close()}));
        }
    }

    private int words(int[] p) {
        return text.substring(p[0], p[1]).trim().split("\\s+").length;
    }

    private int[] trimPiece(int s, int e) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || "“”\"„«»".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;“”\"„«»—–-".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new int[] {s, e};
    }

    /** “...,” Singh said. / “...,” said Singh. / “...” ― Sonya Herridge */
    private Frame afterFrame(Quote q) {
        if (q.close() < 0) {
            return null;
        }
        Sent s = d.sentAt(q.close());
        if (s == null) {
            return null;
        }
        List<Tok> t = s.toks;
        int a = 0;
        while (a < t.size() && t.get(a).s() <= q.close()) {
            a++;
        }
        int limit = t.size();
        for (int k = a; k < t.size(); k++) {
            Quote other = d.quoteAt(t.get(k).s());
            if (other != null && other != q) {
                limit = k;
                break;
            }
        }
        while (a < limit && t.get(a).punct()) {
            a++;
        }
        if (a >= limit) {
            return null;
        }
        String gap = text.substring(q.close() + 1, t.get(a).s());
        boolean dash = gap.contains("―") || gap.contains("—") || gap.contains("–") || gap.contains("--");
        // inverted: "said Singh"
        Lexicon.Cue c0 = Lexicon.cue(t.get(a).lw());
        if (c0 != null && c0.strong()) {
            int[] np = forwardNp(s, a + 1, limit);
            if (np != null) {
                return new Frame(who(s, np[0], np[1], np[2]), t.get(a).s(), t.get(a).e(), c0.lemma(), s, 0.9);
            }
        }
        // "Singh said", "the official told reporters"
        for (int k = a + 1; k < Math.min(limit, a + 12); k++) {
            Lexicon.Cue c = Lexicon.cue(t.get(k).lw());
            if (c == null || !c.strong() || t.get(k).is("NOUN")) {
                continue;
            }
            int j = skipBack(s, k);
            if (j == NEGATED) {
                return null;
            }
            int[] np = backwardNp(s, j, a);
            if (np != null && np[0] > a && titleOnly(s, a, np[0])) {
                np = new int[] {a, np[1], np[2]}; // "Rep. Gwen Moore (D-Wis.)": the title's abbreviation
            }
            if (np != null && np[0] == a) {
                return new Frame(who(s, np[0], np[1], np[2]), t.get(k).s(), t.get(k).e(), c.lemma(), s, 0.9);
            }
            break;
        }
        if (dash) {
            int[] np = forwardNp(s, a, limit);
            if (np != null && t.get(np[0]).capitalised()) {
                int ds = q.close() + 1 + Math.max(gap.indexOf('―'), Math.max(gap.indexOf('—'),
                        Math.max(gap.indexOf('–'), gap.indexOf("--"))));
                return new Frame(who(s, np[0], np[1], np[2]), ds, ds + 1, "say", s, 0.8);
            }
        }
        return null;
    }

    /** Singh said: “...” / Singh told reporters on Monday, “...” / he said, “...” */
    private Frame beforeFrame(Quote q) {
        Sent s = d.sentAt(q.open());
        if (s == null) {
            return null;
        }
        int prevClose = -1;
        for (Quote o : d.quotes) {
            if (o != q && o.close() >= s.s && o.close() < q.open()) {
                prevClose = o.close();
            }
        }
        return frameBefore(s, prevClose, q.open(), 0.85);
    }

    private Frame frameBefore(Sent s, int after, int before, double score) {
        List<Tok> t = s.toks;
        int b0 = 0;
        while (b0 < t.size() && t.get(b0).s() <= after) {
            b0++;
        }
        int b1 = b0;
        while (b1 < t.size() && t.get(b1).e() <= before) {
            b1++;
        }
        // tokens b0 .. b1-1 precede the quote
        if (b1 <= b0) {
            return null;
        }
        for (int k = b0; k + 1 < b1; k++) {
            if (t.get(k).lw().equals("according") && t.get(k + 1).lw().equals("to")) {
                int[] np = forwardNp(s, k + 2, b1);
                if (np != null) {
                    return new Frame(who(s, np[0], np[1], np[2]), t.get(k).s(), t.get(k + 1).e(), "according to",
                            s, score);
                }
            }
        }
        for (int k = b1 - 1; k >= b0; k--) {
            Tok tk = t.get(k);
            Lexicon.Cue c = Lexicon.cue(tk.lw());
            if (c == null || tk.is("NOUN")) {
                if (tk.is("VERB") && b1 - k > 1) {
                    return null; // another verb between the cue and the quote
                }
                continue;
            }
            int tail = 0;
            for (int m = k + 1; m < b1; m++) {
                Tok x = t.get(m);
                if (x.is("VERB")) {
                    return null;
                }
                if (!x.punct()) {
                    tail++;
                }
            }
            if (tail > 7 || (!c.strong() && !endsWithColonOrThat(t, b1))) {
                return null;
            }
            int j = skipBack(s, k);
            if (j == NEGATED) {
                return null;
            }
            int[] np = backwardNp(s, j, b0);
            if (np == null) {
                if (k > b0 && t.get(k - 1).lw().equals(",") && tk.lw().endsWith("ing")) {
                    Found last = lastFoundIn(s);
                    if (last != null && last.who() != null) {
                        return new Frame(last.who(), tk.s(), tk.e(), c.lemma(), s, score - 0.1);
                    }
                }
                return null;
            }
            return new Frame(who(s, np[0], np[1], np[2]), tk.s(), tk.e(), c.lemma(), s, score);
        }
        return null;
    }

    private static boolean titleOnly(Sent s, int from, int to) {
        for (int k = from; k < to; k++) {
            Tok x = s.toks.get(k);
            if (!(x.capitalised() || x.w().equals(".") || x.is("DET"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithColonOrThat(List<Tok> t, int b1) {
        String w = t.get(b1 - 1).lw();
        return w.equals(":") || w.equals("that") || w.equals(",");
    }

    /** Singh replied, [new paragraph] “...” */
    private Frame previousParagraphFrame(Quote q) {
        if (q.para() == 0 || d.paras.get(q.para())[0] != q.open()) {
            return null;
        }
        Sent last = null;
        for (Sent s : d.sents) {
            if (s.para == q.para() - 1) {
                last = s;
            }
        }
        if (last == null) {
            return null;
        }
        String end = last.toks.get(last.toks.size() - 1).w();
        if (!end.equals(":") && !end.equals(",")) {
            return null;
        }
        int prevClose = -1;
        for (Quote o : d.quotes) {
            if (o.close() >= last.s && o.close() < last.e) {
                prevClose = o.close();
            }
        }
        return frameBefore(last, prevClose, last.e, 0.8);
    }

    /** A quote with no frame of its own, right after a quote attributed to someone. */
    private Frame continuation(Quote q) {
        if (found.isEmpty()) {
            return null;
        }
        Found last = found.get(found.size() - 1);
        if (last.mode() != Mode.DIRECT || last.who() == null || last.contentEnd() > q.open()) {
            return null;
        }
        Sent s = d.sentAt(q.open());
        boolean samePara = last.sent().para == q.para();
        boolean nextPara = last.sent().para == q.para() - 1 && d.paras.get(q.para())[0] == q.open();
        if (s == null || !(samePara || nextPara)) {
            return null;
        }
        // nothing but punctuation between the two quotes' sentences
        String between = text.substring(Math.min(last.contentEnd(), q.open()), q.open());
        if (samePara && between.split("\\s+").length > 8) {
            return null;
        }
        return new Frame(last.who(), -1, -1, "say", s, samePara ? 0.7 : 0.5);
    }

    // ------------------------------------------------------------------------------------------ indirect

    private void indirect(Sent s) {
        List<Tok> t = s.toks;
        for (int i = 0; i < t.size(); i++) {
            Tok tk = t.get(i);
            if (usedCues.contains(tk.s())) {
                continue;
            }
            Quote inQuote = d.quoteAt(tk.s());
            if (inQuote != null && (usedQuotes.contains(inQuote) || inQuote.words(text) >= 4)) {
                continue;
            }
            if (tk.lw().equals("according") && i + 1 < t.size() && t.get(i + 1).lw().equals("to")) {
                according(s, i);
                continue;
            }
            String lemma;
            int cueEnd = i;
            boolean strong;
            if (Lexicon.EXPRESS_VERBS.contains(tk.lw()) && i + 1 < t.size()
                    && Lexicon.EXPRESS_NOUNS.contains(t.get(i + 1).lw())) {
                lemma = "express";
                cueEnd = i + 1;
                if (i + 2 < t.size() && Set.of("about", "over", "regarding", "for", "at", "with")
                        .contains(t.get(i + 2).lw())) {
                    cueEnd = i + 2;
                }
                strong = true;
            } else if (tk.lw().startsWith("point") && i + 1 < t.size() && t.get(i + 1).lw().equals("out")) {
                lemma = "point out";
                cueEnd = i + 1;
                strong = true;
            } else {
                Lexicon.Cue c = Lexicon.cue(tk.lw());
                String act = Lexicon.act(tk.lw());
                if (c == null && act != null && tk.is("VERB")) {
                    stance(s, i, act);
                    continue;
                }
                if (c == null || !(tk.is("VERB") || tk.is("AUX")) ) {
                    continue;
                }
                lemma = c.lemma();
                strong = c.strong();
            }
            attributeAt(s, i, cueEnd, lemma, strong);
        }
    }

    private void attributeAt(Sent s, int i, int cueEnd, String lemma, boolean strong) {
        List<Tok> t = s.toks;
        Tok tk = t.get(i);
        int end = contentEnd(s, cueEnd + 1);
        // ", adding that ...", ", saying ..."
        if (tk.lw().endsWith("ing") && i > 0 && t.get(i - 1).lw().equals(",")) {
            Found last = lastFoundIn(s);
            if (last != null && last.who() != null) {
                int[] c = skipAdjuncts(s, cueEnd + 1, lemma);
                if (end - c[0] >= 3 && (strong || c[1] == 1)) {
                    emitIndirect(s, new Frame(last.who(), tk.s(), t.get(cueEnd).e(), lemma, s, 0.65), c[0], end);
                }
            }
            return;
        }
        int j = skipBack(s, i);
        if (j == NEGATED) {
            return;
        }
        int[] np = j >= 0 ? backwardNp(s, j, 0) : null;
        if (np != null) {
            int[] c = skipAdjuncts(s, cueEnd + 1, lemma);
            boolean that = c[1] == 1;
            Tok first = c[0] < t.size() ? t.get(c[0]) : null;
            boolean adverbial = first != null && !that && Set.of("when", "while", "as", "after", "before",
                    "because", "since", "though", "although", "until", "where", "who", "which").contains(first.lw());
            if (end - c[0] >= 3 && (strong || that) && (that || clause(s, c[0], end)) && !adverbial) {
                double score = that ? 0.8 : strong ? 0.7 : 0.6;
                emitIndirect(s, new Frame(who(s, np[0], np[1], np[2]), tk.s(), t.get(cueEnd).e(), lemma, s, score),
                        c[0], end);
                return;
            }
            // "..., the minister said."
            int comma = np[0] - 1;
            if (strong && comma >= 3 && isCommaOrQuote(t.get(comma)) && (tailOnly(s, cueEnd + 1) || adverbial)) {
                int cs = contentStart(s, comma);
                if (comma - cs >= 3) {
                    emitIndirect(s, new Frame(who(s, np[0], np[1], np[2]), tk.s(), t.get(cueEnd).e(), lemma, s, 0.7),
                            cs, comma);
                }
            }
            return;
        }
        // "..., said the minister."
        if (strong && i >= 3 && isCommaOrQuote(t.get(i - 1))) {
            int[] fnp = forwardNp(s, cueEnd + 1, t.size());
            if (fnp != null && tailOnly(s, fnp[1] + 1)) {
                int cs = contentStart(s, i - 1);
                if (i - 1 - cs >= 3) {
                    emitIndirect(s, new Frame(who(s, fnp[0], fnp[1], fnp[2]), tk.s(), t.get(cueEnd).e(), lemma, s, 0.7),
                            cs, i - 1);
                }
            }
        }
    }

    /** "Trump called for a review", "She criticized the plan": the object is the content. */
    private void stance(Sent s, int i, String lemma) {
        List<Tok> t = s.toks;
        int j = skipBack(s, i);
        if (j < 0) {
            return;
        }
        int[] np = backwardNp(s, j, 0);
        if (np == null) {
            return;
        }
        Tok head = t.get(np[1]);
        boolean named = hasProper(s, np[0], np[1]) || (np[0] == np[1] && head.is("PRON")
                && Set.of("he", "she", "they", "who").contains(head.lw()));
        if (!named) {
            return;
        }
        int k = i + 1;
        while (k < t.size() && (Set.of("for", "on", "to", "out").contains(t.get(k).lw()) && k == i + 1)) {
            k++;
        }
        int end = k;
        while (end < t.size() && !t.get(end).punct()) {
            end++;
        }
        if (end - k >= 3 && end - k <= 30) {
            emitIndirect(s, new Frame(who(s, np[0], np[1], np[2]), t.get(i).s(), t.get(i).e(), lemma, s, 0.5), k, end);
        }
    }

    private void according(Sent s, int i) {
        List<Tok> t = s.toks;
        int[] np = forwardNp(s, i + 2, t.size());
        if (np == null) {
            return;
        }
        Frame f = new Frame(who(s, np[0], np[1], np[2]), t.get(i).s(), t.get(i + 1).e(), "according to", s, 0.75);
        int before = 0;
        for (int k = 0; k < i; k++) {
            if (!t.get(k).punct()) {
                before++;
            }
        }
        if (before <= 2) {
            int k = np[1] + 1;
            while (k < t.size() && t.get(k).punct()) {
                k++;
            }
            int end = contentEnd(s, k);
            if (end - k >= 3) {
                emitIndirect(s, f, k, end);
            }
        } else {
            int cs = contentStart(s, i);
            int ce = i;
            while (ce > cs && t.get(ce - 1).punct()) {
                ce--;
            }
            if (ce - cs >= 3) {
                emitIndirect(s, f, cs, ce);
            }
        }
    }

    private static boolean isCommaOrQuote(Tok t) {
        return t.w().equals(",") || t.w().equals("”") || t.w().equals("\"");
    }

    /** Nothing of substance after {@code k} to the end of the sentence: "on Monday.", "in a statement." */
    private boolean tailOnly(Sent s, int k) {
        List<Tok> t = s.toks;
        int n = 0;
        for (int m = k; m < t.size(); m++) {
            Tok x = t.get(m);
            if (x.lw().equals(",")) {
                return n <= 8; // what follows a comma after the frame is a clause of its own
            }
            if (x.is("VERB") || x.lw().equals("that")) {
                return false;
            }
            if (!x.punct()) {
                n++;
            }
        }
        return n <= 8;
    }

    /** First token of the content that ends before token {@code end}: after a previous quote or attribution. */
    private int contentStart(Sent s, int end) {
        List<Tok> t = s.toks;
        int k = 0;
        for (Found f : found) {
            if (f.sent() == s && f.contentEnd() <= t.get(Math.max(0, end - 1)).s()) {
                while (k < t.size() && t.get(k).s() < f.contentEnd()) {
                    k++;
                }
            }
        }
        while (k < end && (t.get(k).punct())) {
            k++;
        }
        return k;
    }

    /** The token after the content that starts at {@code k}: the end of the sentence, less final punctuation. */
    private int contentEnd(Sent s, int k) {
        List<Tok> t = s.toks;
        int end = t.size();
        for (int m = k; m < t.size(); m++) {
            Quote q = d.quoteAt(t.get(m).s());
            if (q != null && usedQuotes.contains(q) && t.get(m).s() == q.open()) {
                end = m;
                break;
            }
            if (m + 1 < t.size() && t.get(m).lw().equals(",") && t.get(m + 1).lw().equals("according")) {
                end = m;
                break;
            }
        }
        while (end > k && t.get(end - 1).punct() && !"”\"".contains(t.get(end - 1).w())) {
            end--;
        }
        return end;
    }

    /** Skips what stands between a cue and its content; answers {first content token, 1 if "that" was seen}. */
    private int[] skipAdjuncts(Sent s, int k, String lemma) {
        List<Tok> t = s.toks;
        int n = t.size();
        boolean objectTaken = false;
        boolean comma = false;
        int guard = 0;
        while (k < n && guard++ < 20) {
            Tok x = t.get(k);
            if (x.lw().equals("that") && (x.is("SCONJ") || x.is("PRON") && k + 1 < n && !t.get(k + 1).is("VERB"))) {
                return new int[] {k + 1, 1, comma ? 1 : 0};
            }
            comma |= x.lw().equals(",");
            if (Lexicon.TIME_WORDS.contains(x.lw()) || x.lw().equals(",") || x.lw().equals(":")
                    || (x.is("ADV") && !Lexicon.NEGATIONS.contains(x.lw()) && x.lw().endsWith("ly"))) {
                k++;
                continue;
            }
            if (!objectTaken && (lemma.equals("tell") || lemma.equals("warn") || lemma.equals("urge")
                    || lemma.equals("remind") || lemma.equals("assure") || lemma.equals("promise"))) {
                objectTaken = true;
                if (x.is("PRON") && !x.lw().equals("it")) {
                    k++;
                    continue;
                }
                int[] np = forwardNp(s, k, n);
                if (np != null && np[1] + 1 < n && !t.get(np[1] + 1).is("VERB") && !t.get(np[1] + 1).is("AUX")) {
                    k = np[1] + 1;
                    continue;
                }
            }
            if (x.is("ADP") && Set.of("in", "on", "at", "during", "from", "via", "after", "before", "while", "with",
                    "over", "through", "to").contains(x.lw())) {
                int[] np = forwardNp(s, k + 1, n);
                if (np != null && np[1] - k <= 8 && np[1] + 1 < n) {
                    Tok after = t.get(np[1] + 1);
                    if (after.lw().equals(",") || after.lw().equals("that") || after.lw().equals(":")
                            || Lexicon.TIME_WORDS.contains(after.lw()) || after.is("ADP")) {
                        k = np[1] + 1;
                        continue;
                    }
                }
            }
            break;
        }
        return new int[] {k, 0, comma ? 1 : 0};
    }

    /** Does the content read as a clause (it has a verb), not just an object ("said nothing")? */
    private static boolean clause(Sent s, int from, int to) {
        for (int k = from; k < to; k++) {
            Tok x = s.toks.get(k);
            if (x.is("VERB") || x.is("AUX") || x.pos().contains("+AUX")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ speakers

    /** Index of the token before the cue once "has also", "later" are skipped; NEGATED for "did not say". */
    private static int skipBack(Sent s, int cue) {
        List<Tok> t = s.toks;
        int j = cue - 1;
        while (j >= 0) {
            Tok x = t.get(j);
            if (Lexicon.NEGATIONS.contains(x.lw()) || x.lw().endsWith("n't") || x.lw().endsWith("n’t")) {
                return NEGATED;
            }
            if (Lexicon.BETWEEN.contains(x.lw()) || (x.is("ADV") && x.lw().endsWith("ly"))) {
                j--;
                continue;
            }
            break;
        }
        return j;
    }

    /**
     * The noun phrase ending at token {@code j} (not before token {@code min}): {from, to, appositiveStart or -1}.
     * "Singh", "Deputy Pentagon Press Secretary Sabrina Singh", "John Kirby, a White House representative,", "he".
     */
    private int[] backwardNp(Sent s, int j, int min) {
        List<Tok> t = s.toks;
        if (j < min || j < 0) {
            return null;
        }
        Tok x = t.get(j);
        if (x.is("PRON") && (Lexicon.PRONOUNS.contains(x.lw()) || Lexicon.RELATIVES.contains(x.lw()))) {
            return new int[] {j, j, -1};
        }
        if (x.lw().equals(",") || x.lw().equals("--") || x.lw().equals("—")) {
            // "Scott Pruitt, the attorney general of Oklahoma, said"; "The chairman, Phil Lovas, said"; up to
            // three commas back for appositives that hold commas themselves
            int commas = 0;
            int[] fallback = null;
            int[] firstProper = null;
            for (int k = j - 1; k >= Math.max(min, j - 40) && commas < 4; k--) {
                Tok y = t.get(k);
                if (Lexicon.cue(y.lw()) != null && y.is("VERB")) {
                    break;
                }
                if (!(y.lw().equals(",") || y.lw().equals("--") || y.lw().equals("—")) || k <= min) {
                    continue;
                }
                commas++;
                int[] name = plainNp(s, k - 1, min);
                if (name == null) {
                    continue;
                }
                boolean properName = hasProper(s, name[0], name[1]);
                boolean properAppos = hasProper(s, k + 1, j - 1);
                if (properName && name[0] == min && min > 0) {
                    return new int[] {name[0], j - 1, k + 1}; // the whole frame after a quote
                }
                if (properName && firstProper == null) {
                    firstProper = new int[] {name[0], j - 1, k + 1};
                }
                if (properAppos && fallback == null && commas == 1) {
                    fallback = new int[] {name[0], j - 1, -1};
                }
            }
            return firstProper != null ? firstProper : fallback;
        }
        int[] np = plainNp(s, j, min);
        return np == null ? null : new int[] {np[0], np[1], -1};
    }

    private static boolean hasProper(Sent s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (s.toks.get(k).is("PROPN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean npTok(Tok x) {
        return x.is("PROPN") || (x.capitalised() && (x.is("VERB") || x.is("INTJ") || x.is("X"))
                && Lexicon.cue(x.lw()) == null) || x.is("NOUN") || x.is("NUM") || x.is("ADJ") || x.lw().equals("'s")
                || x.lw().equals("’s") || x.lw().equals("'") || x.lw().equals("’") || x.lw().equals("-");
    }

    private static int[] plainNp(Sent s, int j, int min) {
        List<Tok> t = s.toks;
        if (j < min || j < 0) {
            return null;
        }
        int k = j;
        boolean det = false;
        while (k >= min && j - k < 16) {
            Tok x = t.get(k);
            if (npTok(x)) {
                k--;
                continue;
            }
            if (x.w().equals(")") && k > min) {
                // "Rep. Gwen Moore (D-Wis.)"
                int o = k - 1;
                while (o > min && !t.get(o).w().equals("(") && k - o < 8) {
                    o--;
                }
                if (t.get(o).w().equals("(")) {
                    k = o - 1;
                    continue;
                }
                break;
            }
            if (x.is("DET") && k - 2 >= min && t.get(k - 1).lw().equals("of")
                    && (t.get(k - 2).is("NOUN") || t.get(k - 2).is("PROPN"))) {
                k -= 2; // "Mr. Morgan of the Sierra Club"
                continue;
            }
            if (x.is("DET") || Set.of("his", "her", "their", "its", "our", "my").contains(x.lw())) {
                k--;
                det = true;
                break;
            }
            if (Set.of("of", "and", "&", "for").contains(x.lw()) && k > min && k < j
                    && (t.get(k - 1).is("NOUN") || t.get(k - 1).is("PROPN"))) {
                k--;
                continue;
            }
            break;
        }
        int from = k + 1;
        if (from > j) {
            return null;
        }
        boolean head = false;
        for (int m = from; m <= j; m++) {
            head |= t.get(m).is("NOUN") || t.get(m).is("PROPN");
        }
        if (!head || (!det && t.get(j).is("ADJ"))) {
            return null;
        }
        return new int[] {from, j};
    }

    /** The noun phrase starting at token {@code k}, with an appositive after a comma: {from, to, apposStart}. */
    private static int[] forwardNp(Sent s, int k, int limit) {
        List<Tok> t = s.toks;
        int m = k;
        if (m < limit && (t.get(m).is("DET") || Set.of("his", "her", "their", "its").contains(t.get(m).lw()))) {
            m++;
        }
        while (m < limit && m - k < 12) {
            Tok x = t.get(m);
            if (npTok(x)) {
                m++;
                continue;
            }
            if (Set.of("of", "and", "&").contains(x.lw()) && m + 1 < limit && m > k
                    && (t.get(m + 1).is("PROPN") || t.get(m + 1).is("NOUN") || t.get(m + 1).is("DET"))) {
                m++;
                if (t.get(m).is("DET")) {
                    m++;
                }
                continue;
            }
            break;
        }
        int to = m - 1;
        boolean head = false;
        for (int x = k; x <= to; x++) {
            head |= t.get(x).is("NOUN") || t.get(x).is("PROPN");
        }
        if (to < k || !head) {
            if (k < limit && t.get(k).is("PRON") && Lexicon.PRONOUNS.contains(t.get(k).lw())) {
                return new int[] {k, k, -1};
            }
            return null;
        }
        // ", a spokeswoman for the Pentagon," after a name
        if (m + 1 < limit && t.get(m).lw().equals(",") && (t.get(m + 1).is("DET") || t.get(m + 1).is("ADJ")
                || t.get(m + 1).is("NOUN") || t.get(m + 1).is("PROPN")) && hasProper(s, k, to)) {
            int e = m + 1;
            while (e < limit && !t.get(e).punct() && !t.get(e).is("VERB") && e - m < 16) {
                e++;
            }
            if (e - m < 16 && (e >= limit || t.get(e).lw().equals(",") || t.get(e).punct())) {
                return new int[] {k, e - 1, m + 1};
            }
        }
        return new int[] {k, to, -1};
    }

    /** Builds the speaker of tokens {@code from..to} (appositive from {@code appos}, -1 if none). */
    private Who who(Sent s, int from, int to, int appos) {
        List<Tok> t = s.toks;
        int ms = t.get(from).s();
        int me = t.get(to).e();
        TextSpan mention = d.span(ms, me);
        Tok first = t.get(from);
        if (from == to && first.is("PRON")) {
            String w = first.lw();
            if (w.equals("he") || w.equals("she")) {
                Found p = lastPerson(s, ms);
                if (p != null) {
                    Speaker ps = p.who().speaker();
                    TextSpan ante = ps.antecedent() != null ? ps.antecedent() : ps.mention();
                    return new Who(new Speaker(mention, ps.name(), ps.role(), ps.institution(), false, ante), true, ms);
                }
                Name n = lastPersonName(ms, s);
                if (n != null) {
                    return new Who(new Speaker(mention, n.text(), null, null, false, d.span(n.s(), n.e())), true, ms);
                }
                return new Who(new Speaker(mention, null, null, null, false, null), true, ms);
            }
            if (Lexicon.RELATIVES.contains(w) && from > 0) {
                int j = from - 1;
                if (t.get(j).lw().equals(",")) {
                    j--;
                }
                int[] np = plainNp(s, j, 0);
                if (np != null) {
                    Who ante = who(s, np[0], np[1], -1);
                    Speaker a = ante.speaker();
                    return new Who(new Speaker(mention, a.name(), a.role(), a.institution(), a.anonymous(),
                            a.mention()), ante.person(), ms);
                }
            }
            return new Who(new Speaker(mention, null, null, null, false, null), false, ms);
        }
        int nameEnd = appos > 0 ? appos - 2 : to;
        // the name: the trailing capitalised words that are not a title
        int n0 = nameEnd + 1;
        while (n0 - 1 >= from && t.get(n0 - 1).capitalised() && (t.get(n0 - 1).is("PROPN") || t.get(n0 - 1).is("NOUN")
                || t.get(n0 - 1).is("X")) && !Lexicon.TITLE_WORDS.contains(t.get(n0 - 1).lw())) {
            n0--;
        }
        String name = null;
        String knownRole = null;
        String knownInstitution = null;
        TextSpan ante = null;
        boolean person = false;
        if (n0 <= nameEnd) {
            name = text.substring(t.get(n0).s(), t.get(nameEnd).e());
            person = personName(t, n0, nameEnd + 1);
            boolean honorific = n0 > from && Lexicon.HONORIFICS.contains(t.get(n0 - 1).lw());
            if (n0 == nameEnd) {
                Name full = lastName(t.get(nameEnd).lw(), t.get(n0).s());
                if (full != null && full.person()) {
                    name = full.text();
                    knownRole = full.role();
                    knownInstitution = full.institution();
                    ante = d.span(full.s(), full.e());
                    person = true;
                } else if (honorific) {
                    person = true;
                } else {
                    Found p = lastFoundNamed(t.get(nameEnd).w());
                    person = p != null && p.who().person();
                }
            }
        }
        // the title before the name, or the appositive after it
        String role = null;
        String institution = null;
        int r0 = from;
        while (r0 < n0 && (t.get(r0).is("DET") || Lexicon.HONORIFICS.contains(t.get(r0).lw()))) {
            r0++;
        }
        if (r0 < n0 && n0 <= nameEnd) {
            role = text.substring(t.get(r0).s(), t.get(n0 - 1).e());
            institution = institution(t, r0, n0 - 1);
        } else if (n0 > nameEnd && r0 < nameEnd) {
            institution = institution(t, r0, nameEnd - 1); // "a Pentagon official"
        }
        if (appos > 0) {
            int a0 = appos;
            while (a0 <= to && t.get(a0).is("DET")) {
                a0++;
            }
            if (a0 <= to) {
                role = text.substring(t.get(a0).s(), t.get(to).e());
                institution = institution(t, a0, to);
                person |= name != null && !Lexicon.INSTITUTION_WORDS.contains(Lexicon.lower(name));
            }
        }
        if (role == null && knownRole != null) {
            role = knownRole;
            institution = knownInstitution;
        }
        String head = t.get(nameEnd).lw();
        boolean anonymous = name == null && (Lexicon.ANONYMOUS_HEADS.contains(head) || !hasProper(s, from, nameEnd));
        if (name == null && Lexicon.DOCUMENT_HEADS.contains(head)) {
            Found doc = lastFoundWithWord(head, ms);
            if (doc != null && doc.who().name() != null) {
                Speaker ds = doc.who().speaker();
                return new Who(new Speaker(mention, ds.name(), ds.role(), ds.institution(), false,
                        ds.antecedent() != null ? ds.antecedent() : ds.mention()), false, ms);
            }
            anonymous = false;
        }
        if (anonymous) {
            name = null;
        }
        return new Who(new Speaker(mention, name, role, institution, anonymous, ante), person, ms);
    }

    /** The first run of capitalised words in a title that is not itself a title or a nationality. */
    private String institution(List<Tok> t, int from, int to) {
        int k = from;
        while (k <= to) {
            Tok x = t.get(k);
            if (x.capitalised() && !Lexicon.TITLE_WORDS.contains(x.lw()) && !Lexicon.HONORIFICS.contains(x.lw())) {
                int e = k;
                while (e + 1 <= to && (t.get(e + 1).capitalised() && !Lexicon.TITLE_WORDS.contains(t.get(e + 1).lw())
                        || (Set.of("of", "for", "and", "the").contains(t.get(e + 1).lw()) && e + 2 <= to
                        && t.get(e + 2).capitalised()))) {
                    e++;
                }
                String run = text.substring(x.s(), t.get(e).e());
                if (!demonym(t.get(e).w())) {
                    return run;
                }
                k = e + 1;
                continue;
            }
            k++;
        }
        return null;
    }

    private static boolean demonym(String w) {
        String l = Lexicon.lower(w);
        return l.endsWith("an") || l.endsWith("ese") || l.endsWith("ish") || l.endsWith("i") && l.length() > 4;
    }

    private Found lastPerson(Sent s, int before) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found f = found.get(k);
            if (f.who() != null && f.who().at() < before && s.index - f.sent().index <= 6) {
                if (f.who().person() && f.who().name() != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private Name lastPersonName(int before, Sent s) {
        Name best = null;
        for (Name n : names) {
            if (n.s() < before && n.person()) {
                Sent ns = d.sentAt(n.s());
                if (ns != null && s.index - ns.index <= 2) {
                    best = n;
                }
            }
        }
        return best;
    }

    private Found lastFoundNamed(String word) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found f = found.get(k);
            if (f.who() != null && f.who().name() != null && f.who().name().endsWith(word)) {
                return f;
            }
        }
        return null;
    }

    private Found lastFoundWithWord(String word, int before) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Found f = found.get(k);
            if (f.who() != null && f.who().at() < before) {
                String st = Lexicon.lower(text.substring(f.sent().s, f.sent().e));
                if (st.contains(word)) {
                    return f;
                }
            }
        }
        return null;
    }

    private Found lastFoundIn(Sent s) {
        for (int k = found.size() - 1; k >= 0; k--) {
            if (found.get(k).sent() == s) {
                return found.get(k);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------ output

    private void emitIndirect(Sent s, Frame f, int fromTok, int toTok) {
        List<Tok> t = s.toks;
        if (toTok <= fromTok) {
            return;
        }
        int cs = t.get(fromTok).s();
        int ce = t.get(toTok - 1).e();
        int[] p = trimPiece(cs, ce);
        cs = p[0];
        ce = p[1];
        if (ce <= cs) {
            return;
        }
        for (Quote q : usedQuotes) {
            int ov = Math.min(ce, q.ce()) - Math.max(cs, q.cs());
            if (ov > (ce - cs) / 2) {
                return; // the quote is already a DIRECT candidate
            }
        }
        StringBuilder quoted = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        for (Quote q : d.quotes) {
            if (q.cs() >= cs && q.ce() <= ce) {
                if (quoted.length() > 0) {
                    quoted.append(" … ");
                }
                quoted.append(text, q.cs(), q.ce());
                marks.add(new int[] {q.open(), q.close() < 0 ? q.ce() : q.close()});
            }
        }
        usedCues.add(f.cueStart());
        add(quoted.length() > 0 ? Mode.MIXED : Mode.INDIRECT, f, cs, ce,
                quoted.length() > 0 ? quoted.toString() : null, marks);
    }

    private void add(Mode mode, Frame f, int cs, int ce, String quote, List<int[]> quoteMarks) {
        for (Found o : found) {
            int ov = Math.min(ce, o.contentEnd()) - Math.max(cs, o.contentStart());
            if (ov > 0.8 * (ce - cs) && ov > 0.8 * (o.contentEnd() - o.contentStart())) {
                return;
            }
        }
        String content = text.substring(cs, ce);
        TextSpan cue = f.cueStart() >= 0 ? d.span(f.cueStart(), f.cueEnd()) : null;
        Speaker sp = f.who() == null ? null : f.who().speaker();
        String[] date = statedOn(f, cs, ce, quoteMarks);
        ClaimKind kind = Kinds.classify(content, f.lemma());
        String resolvesBy = kind == ClaimKind.FORECAST ? Kinds.resolvesBy(content, d.pub).orElse(null) : null;
        double score = f.score();
        if (sp == null || (sp.name() == null && !sp.anonymous())) {
            score -= 0.15;
        } else if (sp.anonymous()) {
            score -= 0.05;
        }
        if (content.split("\\s+").length < 4) {
            score -= 0.1;
        }
        score = Math.max(0.05, Math.min(0.99, score));
        score = Math.round(score * 100) / 100.0;
        Candidate c = new Candidate(mode, sp, cue, d.span(cs, ce), mode == Mode.INDIRECT ? null : quote,
                claimText(mode, content), date[0], date[1], kind, resolvesBy, score);
        d.candidates.add(c);
        found.add(new Found(c, f.who(), f.sent(), mode, cs, ce));
    }

    private static String claimText(Mode mode, String content) {
        String c = content.strip().replaceAll("\\s+", " ");
        if (mode != Mode.DIRECT) {
            c = c.replaceAll("^(?i)that\\s+", "");
            c = c.replaceAll("[“”\"]", "");
        }
        c = c.replaceAll("^[‘'’]+|[‘'’,;:]+$", "").strip();
        if (c.isEmpty()) {
            return c;
        }
        c = c.substring(0, 1).toUpperCase() + c.substring(1);
        if (!c.matches("(?s).*[.!?…]$")) {
            c = c + ".";
        }
        return c;
    }

    /** statedOn and its basis: a date in the frame, else one given with the speaker just before, else open. */
    private String[] statedOn(Frame f, int cs, int ce, List<int[]> quoteMarks) {
        Sent s = f.sent();
        Optional<RelativeDates.Resolved> r = dateOutside(s, cs, ce);
        if (r.isPresent()) {
            return new String[] {r.get().edtf(), r.get().basis()};
        }
        String name = f.who() == null ? null : f.who().name();
        if (name != null) {
            String last = name.substring(name.lastIndexOf(' ') + 1);
            for (int k = s.index - 1; k >= Math.max(0, s.index - 3); k--) {
                Sent p = d.sents.get(k);
                if (s.para - p.para > 1) {
                    break;
                }
                String st = text.substring(p.s, p.e);
                if (st.contains(last)) {
                    Optional<RelativeDates.Resolved> pr = dateOutside(p, -1, -1);
                    if (pr.isPresent()) {
                        return new String[] {pr.get().edtf(), pr.get().basis() + " (an earlier sentence about "
                                + name + ")"};
                    }
                }
            }
        }
        return new String[] {"../" + d.pub, "not given: before publication"};
    }

    /** The first date in sentence {@code s} outside its quotes and outside {@code cs..ce}. */
    private Optional<RelativeDates.Resolved> dateOutside(Sent s, int cs, int ce) {
        char[] chars = text.substring(s.s, s.e).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            int at = s.s + i;
            Quote q = d.quoteAt(at);
            if ((at >= cs && at < ce) || (q != null && q.words(text) >= 2)) {
                chars[i] = ' ';
            }
        }
        return RelativeDates.find(new String(chars), d.pub, false);
    }
}
