package io.claimtrail.extraction;

import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the attributions of a news article: direct quotes, reported speech and their mix, with speaker, cue,
 * content, date and a guess at the kind of claim.
 *
 * <p>Sentences, tokens and parts of speech come from OpenNLP's English models ({@link NlpModels}, loaded once per
 * JVM); everything else is rules of this module: quotation marks (straight and curly, nested single quotes,
 * quotes running over paragraphs), cue verbs, speakers and their titles, pronouns, dates ({@link RelativeDates}).
 *
 * <p>An instance is cheap, immutable and thread-safe: each call builds its own OpenNLP tools.
 */
public final class Extractor {

    private final NlpModels models;

    private Extractor(NlpModels models) {
        this.models = models;
    }

    /** An extractor on the shared models (loaded on the first call in the JVM, about 200 ms). */
    public static Extractor create() {
        return new Extractor(NlpModels.get());
    }

    /** The attributions of {@code text}, relative dates resolved against {@code publishedOn}, in text order. */
    public List<Candidate> extract(String text, LocalDate publishedOn) {
        return extract(Article.of(text, publishedOn));
    }

    /** The attributions of the article, in text order. */
    public List<Candidate> extract(Article article) {
        Doc doc = new Doc(article.text(), article.publishedOn());
        doc.analyse(new SentenceDetectorME(models.sentenceModel()), new TokenizerME(models.tokenizerModel()),
                new POSTaggerME(models.posModel()));
        new Rules(doc).run();
        List<Candidate> out = new ArrayList<>(doc.candidates);
        out.sort(Comparator.comparingInt((Candidate c) -> c.content().start()).thenComparingInt(c -> c.content().end()));
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A token: UTF-16 offsets into the whole text, its word, lower-cased word and UD part of speech. */
    record Tok(int s, int e, String w, String lw, String pos) {
        boolean is(String tag) {
            return pos.startsWith(tag);
        }

        boolean punct() {
            return pos.startsWith("PUNCT") || (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)));
        }

        boolean capitalised() {
            return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
        }
    }

    static final class Sent {
        final int s;
        final int e;
        final int para;
        final int index;
        final List<Tok> toks;

        Sent(int s, int e, int para, int index, List<Tok> toks) {
            this.s = s;
            this.e = e;
            this.para = para;
            this.index = index;
            this.toks = toks;
        }
    }

    /** A quotation: offsets of its marks (close -1 when it runs to the end of the paragraph) and its words. */
    record Quote(int open, int close, int cs, int ce, int para) {
        boolean contains(int i) {
            return i >= cs && i < ce;
        }

        int words(String text) {
            return text.substring(cs, ce).trim().split("\\s+").length;
        }
    }

    static final class Doc {
        final String text;
        final LocalDate pub;
        final int[] cp;
        final List<int[]> paras = new ArrayList<>();
        final List<Sent> sents = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();

        Doc(String text, LocalDate pub) {
            this.text = text;
            this.pub = pub;
            cp = new int[text.length() + 1];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                cp[i] = n;
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0
                        && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    n++;
                }
            }
            cp[text.length()] = text.codePointCount(0, text.length());
        }

        TextSpan span(int s, int e) {
            return new TextSpan(text.substring(s, e), cp[s], cp[e]);
        }

        void analyse(SentenceDetectorME sd, TokenizerME tk, POSTaggerME pos) {
            int start = 0;
            int n = text.length();
            while (start < n) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = n;
                }
                int s = start;
                int e = end;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    int para = paras.size();
                    paras.add(new int[] {s, e});
                    String p = text.substring(s, e);
                    for (Span ss : mergeSplits(p, sd.sentPosDetect(p))) {
                        String st = ss.getCoveredText(p).toString();
                        Span[] ts = tk.tokenizePos(st);
                        if (ts.length == 0) {
                            continue;
                        }
                        String[] words = Span.spansToStrings(ts, st);
                        String[] tags = pos.tag(words);
                        List<Tok> toks = new ArrayList<>(ts.length);
                        int base = s + ss.getStart();
                        for (int i = 0; i < ts.length; i++) {
                            toks.add(new Tok(base + ts[i].getStart(), base + ts[i].getEnd(), words[i],
                                    Lexicon.lower(words[i]), tags[i]));
                        }
                        sents.add(new Sent(base, s + ss.getEnd(), para, sents.size(), toks));
                    }
                    findQuotes(s, e, para);
                }
                start = end + 1;
            }
        }

        private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr.", "mrs.", "ms.", "dr.",
                "rep.", "sen.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "adm.", "st.", "jr.", "sr.", "rev.",
                "prof.", "no.", "vs.", "inc.", "co.", "corp.", "ltd.", "mt.", "ft.", "pres.", "atty.", "supt.",
                "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.");

        /**
         * Joins what the sentence model split wrongly for attribution: after a title's abbreviation ("Rep."), before
         * a lower-case word or a dash, a closing quotation mark alone, or a short tail without final punctuation
         * ("― Sonya Herridge").
         */
        static List<Span> mergeSplits(String p, Span[] spans) {
            List<Span> out = new ArrayList<>();
            for (Span sp : spans) {
                if (!out.isEmpty()) {
                    Span prev = out.get(out.size() - 1);
                    String pt = p.substring(prev.getStart(), prev.getEnd()).trim();
                    String nt = p.substring(sp.getStart(), sp.getEnd()).trim();
                    String lastWord = pt.substring(pt.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("^[“”\"(]+", "");
                    boolean abbreviation = ABBREVIATIONS.contains(lastWord) || lastWord.matches("[a-z]\\.");
                    boolean lowerOrDash = !nt.isEmpty() && (Character.isLowerCase(nt.codePointAt(0))
                            || "―—–-,;)”’\"".indexOf(nt.charAt(0)) >= 0);
                    boolean shortTail = nt.split("\\s+").length <= 4 && !nt.matches("(?s).*[.!?…”\"]$");
                    boolean stub = pt.split("\\s+").length == 1 && pt.length() < 6;
                    if (abbreviation || lowerOrDash || shortTail || stub) {
                        out.set(out.size() - 1, new Span(prev.getStart(), sp.getEnd()));
                        continue;
                    }
                }
                out.add(sp);
            }
            return out;
        }

        private void findQuotes(int s, int e, int para) {
            int open = -1;
            char openMark = 0;
            for (int i = s; i < e; i++) {
                char c = text.charAt(i);
                if (c == '\'' && i + 1 < e && text.charAt(i + 1) == '\'') {
                    // two apostrophes standing for a double quotation mark (typewriter style)
                    char prev = i > s ? text.charAt(i - 1) : ' ';
                    if (open < 0 && !Character.isLetterOrDigit(prev)) {
                        open = i + 1;
                        openMark = '"';
                    } else if (open >= 0 && i > open + 1) {
                        add(open, i, para);
                        open = -1;
                    }
                    i++;
                    continue;
                }
                char prev = i > s ? text.charAt(i - 1) : ' ';
                char next = i + 1 < e ? text.charAt(i + 1) : ' ';
                boolean opening = c == '“' || c == '„' || c == '«'
                        || ((c == '"' || c == '”') && !Character.isLetterOrDigit(prev) && !Character.isWhitespace(next)
                        && prev != ',' && prev != '.');
                boolean closing = c == '”' || c == '»' || c == '"'
                        || (c == '“' && (Character.isWhitespace(next) || i + 1 == e) && !Character.isWhitespace(prev));
                if (open < 0) {
                    if (opening) {
                        open = i;
                        openMark = c;
                    }
                } else if (closing && i > open + 1) {
                    add(open, i, para);
                    open = -1;
                } else if (opening && openMark == '"' && c != '"') {
                    open = i; // a stray straight mark before a curly pair
                    openMark = c;
                }
            }
            if (open >= 0 && e - open > 1) {
                add(open, -1, para, e);
            }
        }

        private void add(int open, int close, int para) {
            add(open, close, para, close);
        }

        private void add(int open, int close, int para, int end) {
            int cs = open + 1;
            int ce = end;
            while (cs < ce && Character.isWhitespace(text.charAt(cs))) {
                cs++;
            }
            while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
                ce--;
            }
            if (ce > cs) {
                quotes.add(new Quote(open, close, cs, ce, para));
            }
        }

        Quote quoteAt(int i) {
            for (Quote q : quotes) {
                if (i >= q.open && i <= (q.close < 0 ? q.ce : q.close)) {
                    return q;
                }
            }
            return null;
        }

        Sent sentAt(int i) {
            for (Sent s : sents) {
                if (i >= s.s && i < s.e) {
                    return s;
                }
            }
            return null;
        }
    }
}
