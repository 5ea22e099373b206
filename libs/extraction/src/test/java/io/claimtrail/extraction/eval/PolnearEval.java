package io.claimtrail.extraction.eval;

import io.claimtrail.extraction.Candidate;
import io.claimtrail.extraction.Extractor;
import io.claimtrail.extraction.Mode;
import io.claimtrail.extraction.NlpModels;
import io.claimtrail.extraction.TextSpan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code make eval}: measures the extractor on the PolNeAR development split (brat standoff, see the corpus
 * README) and writes {@code <results>/<UTC time>.md}. The corpus is read where it lies, never copied.
 *
 * <p>Matching, as the corpus README says: a candidate matches a gold attribution when their content spans overlap
 * by at least half of the shorter one; its speaker is right when its span (or the span it was resolved from)
 * overlaps the gold Source span, or resolves to the same entity (same last name as the gold Source's text).
 * Content precision counts candidates (grouped by the mode the extractor gave them) that match a gold attribution;
 * recall counts gold attributions (grouped by their own mode: content that opens with a quotation mark is DIRECT,
 * content holding one elsewhere is MIXED, the rest INDIRECT) that some candidate matches. Speaker precision counts
 * candidates with a speaker that match a gold attribution with the right speaker; speaker recall counts gold
 * attributions with a Source matched by a candidate with the right speaker.
 *
 * <p>Usage: {@code PolnearEval <corpus dir> <results dir>}.
 */
public final class PolnearEval {

    record Gold(List<int[]> content, List<int[]> source, String sourceText, Mode mode, String cueText) {
    }

    static final class Count {
        int cands;
        int candsMatched;
        int candsWithSpeaker;
        int candsSpeakerRight;
        int golds;
        int goldsMatched;
        int goldsWithSource;
        int goldsSpeakerRight;
    }

    public static void main(String[] args) throws IOException {
        // memory first, in a JVM that has not touched the models yet
        long before = usedAfterGc();
        NlpModels.get();
        long afterModels = usedAfterGc();
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/polnear-dev");
        Path results = Path.of(args.length > 1 ? args[1] : "deploy/eval/results");
        Extractor ex = Extractor.create();

        StringBuilder md = new StringBuilder();
        String now = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'"));
        md.append("# Extraction evaluation ").append(now).append("\n\n");
        md.append("Command: `make eval` (").append(PolnearEval.class.getName()).append("), Java ")
                .append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n");

        String speedText;
        boolean haveCorpus = Files.isDirectory(corpus.resolve("text")) && Files.isDirectory(corpus.resolve("attributions"));
        if (haveCorpus) {
            Map<Mode, Count> counts = new LinkedHashMap<>();
            Count all = new Count();
            for (Mode m : Mode.values()) {
                counts.put(m, new Count());
            }
            int articles = 0;
            // -Deval.misses=FILE lists what was missed and what was found wrongly, to study the rules
            String missesFile = System.getProperty("eval.misses");
            StringBuilder misses = missesFile == null ? null : new StringBuilder();
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus.resolve("text"))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = corpus.resolve("attributions").resolve(name + ".ann");
                if (!Files.exists(ann)) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                LocalDate pub = LocalDate.parse(name.split("_")[1]);
                List<Gold> golds = readAnn(Files.readAllLines(ann, StandardCharsets.UTF_8), text);
                List<Candidate> cands = ex.extract(text, pub);
                score(cands, golds, counts, all);
                if (misses != null) {
                    misses(name, text, cands, golds, misses);
                }
                articles++;
            }
            if (misses != null) {
                Files.writeString(Path.of(missesFile), misses.toString(), StandardCharsets.UTF_8);
            }
            md.append("Corpus: PolNeAR development split, ").append(articles).append(" articles (`")
                    .append(corpus).append("`).\n\n");
            md.append("| attributions | candidates | gold | content P | content R | content F1 | speaker P | speaker R | speaker F1 |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Mode m : List.of(Mode.DIRECT, Mode.INDIRECT, Mode.MIXED)) {
                row(md, m.name(), counts.get(m));
            }
            row(md, "all", all);
            md.append("\n");
            Count d = counts.get(Mode.DIRECT);
            double dsp = ratio(d.candsSpeakerRight, d.candsWithSpeaker);
            double dsr = ratio(d.goldsSpeakerRight, d.goldsWithSource);
            md.append("Targets (issue #13):\n\n");
            md.append(target("DIRECT speaker precision >= 0.90 at recall >= 0.70",
                    String.format(Locale.ROOT, "P %.3f, R %.3f", dsp, dsr), dsp >= 0.90 && dsr >= 0.70));
            double cf = f1(ratio(all.candsMatched, all.cands), ratio(all.goldsMatched, all.golds));
            md.append(target("all attributions content F1 >= 0.65", String.format(Locale.ROOT, "%.3f", cf), cf >= 0.65));
            double sf = f1(ratio(all.candsSpeakerRight, all.candsWithSpeaker), ratio(all.goldsSpeakerRight,
                    all.goldsWithSource));
            md.append(target("all attributions speaker F1 >= 0.60", String.format(Locale.ROOT, "%.3f", sf), sf >= 0.60));
            md.append("\n");
            speedText = speed(ex, longestArticleWords(files));
        } else {
            md.append("Corpus not found at `").append(corpus).append("`: no precision or recall measured.\n\n");
            speedText = speed(ex, seedWords());
        }
        long afterUse = usedAfterGc();
        md.append(speedText);
        md.append(String.format(Locale.ROOT, "Memory: the models add %.1f MB of heap once loaded (used heap after GC "
                        + "%.1f MB before, %.1f MB after loading); %.1f MB after the whole run.%n",
                mb(afterModels - before), mb(before), mb(afterModels), mb(afterUse)));
        md.append("\nMatching rule: a candidate matches a gold attribution when their content spans overlap by at "
                + "least half of the shorter one; the speaker is right when its span or the span it was resolved "
                + "from overlaps the gold Source, or has the gold Source's last name. Precision is grouped by the "
                + "candidate's mode, recall by the gold attribution's mode (content opening with a quotation mark, or "
                + "with the two apostrophes some papers use for one: "
                + "DIRECT; holding one elsewhere: MIXED; else INDIRECT).\n");
        Files.createDirectories(results);
        Path out = results.resolve(now + ".md");
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
        System.out.println("\nWritten to " + out);
    }

    private static String target(String what, String value, boolean met) {
        return "- " + what + ": " + value + (met ? " (met)" : " (not met)") + "\n";
    }

    private static void row(StringBuilder md, String label, Count c) {
        double cp = ratio(c.candsMatched, c.cands);
        double cr = ratio(c.goldsMatched, c.golds);
        double sp = ratio(c.candsSpeakerRight, c.candsWithSpeaker);
        double sr = ratio(c.goldsSpeakerRight, c.goldsWithSource);
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", label,
                c.cands, c.golds, cp, cr, f1(cp, cr), sp, sr, f1(sp, sr)));
    }

    static void score(List<Candidate> cands, List<Gold> golds, Map<Mode, Count> counts, Count all) {
        boolean[] goldMatched = new boolean[golds.size()];
        boolean[] goldSpeaker = new boolean[golds.size()];
        for (Candidate c : cands) {
            Count k = counts.get(c.mode());
            k.cands++;
            all.cands++;
            boolean hasSpeaker = c.speaker() != null;
            if (hasSpeaker) {
                k.candsWithSpeaker++;
                all.candsWithSpeaker++;
            }
            boolean matched = false;
            boolean speakerRight = false;
            for (int g = 0; g < golds.size(); g++) {
                Gold gold = golds.get(g);
                if (!contentMatch(c.content(), gold.content())) {
                    continue;
                }
                matched = true;
                goldMatched[g] = true;
                if (hasSpeaker && speakerRight(c, gold)) {
                    speakerRight = true;
                    goldSpeaker[g] = true;
                }
            }
            if (matched) {
                k.candsMatched++;
                all.candsMatched++;
            }
            if (speakerRight) {
                k.candsSpeakerRight++;
                all.candsSpeakerRight++;
            }
        }
        for (int g = 0; g < golds.size(); g++) {
            Gold gold = golds.get(g);
            Count k = counts.get(gold.mode());
            k.golds++;
            all.golds++;
            if (goldMatched[g]) {
                k.goldsMatched++;
                all.goldsMatched++;
            }
            if (!gold.source().isEmpty()) {
                k.goldsWithSource++;
                all.goldsWithSource++;
                if (goldSpeaker[g]) {
                    k.goldsSpeakerRight++;
                    all.goldsSpeakerRight++;
                }
            }
        }
    }

    private static void misses(String name, String text, List<Candidate> cands, List<Gold> golds, StringBuilder out) {
        int[] cps = text.codePoints().toArray();
        for (Gold g : golds) {
            boolean hit = false;
            for (Candidate c : cands) {
                hit |= contentMatch(c.content(), g.content());
            }
            if (!hit) {
                int[] p = g.content().get(0);
                String content = new String(cps, p[0], p[1] - p[0]).replace('\n', ' ');
                out.append("MISS ").append(g.mode()).append(" | ").append(g.sourceText()).append(" | ")
                        .append(g.cueText()).append(" | ")
                        .append(content, 0, Math.min(120, content.length())).append("\n");
            }
        }
        for (Candidate c : cands) {
            boolean hit = false;
            boolean spk = false;
            for (Gold g : golds) {
                if (contentMatch(c.content(), g.content())) {
                    hit = true;
                    spk |= c.speaker() != null && speakerRight(c, g);
                }
            }
            if (!hit || (c.speaker() != null && !spk)) {
                out.append(hit ? "BADSPK " : "FALSE ").append(c.mode()).append(" | ")
                        .append(c.speaker() == null ? "-" : c.speaker().mention().text() + " -> " + c.speaker().name())
                        .append(" | ").append(c.cue() == null ? "-" : c.cue().text()).append(" | ")
                        .append(c.content().text(), 0, Math.min(120, c.content().text().length())).append("\n");
            }
        }
    }

    static boolean contentMatch(TextSpan c, List<int[]> gold) {
        int overlap = 0;
        int len = 0;
        for (int[] p : gold) {
            overlap += Math.max(0, Math.min(c.end(), p[1]) - Math.max(c.start(), p[0]));
            len += p[1] - p[0];
        }
        int shorter = Math.min(len, c.length());
        return shorter > 0 && overlap * 2 >= shorter;
    }

    static boolean speakerRight(Candidate c, Gold gold) {
        if (gold.source().isEmpty()) {
            return false;
        }
        for (TextSpan s : new TextSpan[] {c.speaker().mention(), c.speaker().antecedent()}) {
            if (s == null) {
                continue;
            }
            for (int[] p : gold.source()) {
                if (Math.min(s.end(), p[1]) > Math.max(s.start(), p[0])) {
                    return true;
                }
            }
        }
        String name = c.speaker().name();
        if (name != null) {
            String last = lastWord(name);
            return last.length() > 2 && Character.isUpperCase(last.charAt(0))
                    && Arrays.asList(gold.sourceText().split("[\\s,]+")).contains(last);
        }
        return false;
    }

    private static String lastWord(String s) {
        String[] w = s.trim().split("\\s+");
        return w[w.length - 1].replaceAll("[^\\p{L}\\p{N}'’.-]", "");
    }

    /** Gold attributions of one .ann file; offsets are code points into the text, as the extractor's. */
    static List<Gold> readAnn(List<String> lines, String text) {
        int[] cps = text.codePoints().toArray();
        Map<String, List<int[]>> spans = new HashMap<>();
        List<Gold> golds = new ArrayList<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\t");
            if (p[0].startsWith("T") && p.length >= 2) {
                String[] labelAndSpans = p[1].split(" ", 2);
                List<int[]> list = new ArrayList<>();
                for (String piece : labelAndSpans[1].split(";")) {
                    String[] se = piece.trim().split(" ");
                    list.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                }
                spans.put(p[0], list);
            } else if (p[0].startsWith("E") && p.length >= 2) {
                events.add(p[1].split(" "));
            }
        }
        for (String[] e : events) {
            List<int[]> content = List.of();
            List<int[]> source = List.of();
            List<int[]> cue = List.of();
            for (String part : e) {
                String[] kv = part.split(":");
                if (kv.length != 2) {
                    continue;
                }
                if (kv[0].startsWith("Content")) {
                    content = spans.getOrDefault(kv[1], List.of());
                } else if (kv[0].startsWith("Cue")) {
                    cue = spans.getOrDefault(kv[1], List.of());
                } else if (kv[0].startsWith("Source")) {
                    source = spans.getOrDefault(kv[1], List.of());
                }
            }
            if (content.isEmpty()) {
                continue;
            }
            StringBuilder st = new StringBuilder();
            for (int[] p : source) {
                st.append(new String(cps, p[0], p[1] - p[0])).append(' ');
            }
            StringBuilder ct = new StringBuilder();
            for (int[] p : cue) {
                ct.append(new String(cps, p[0], p[1] - p[0])).append(' ');
            }
            golds.add(new Gold(content, source, st.toString().trim(), goldMode(cps, content), ct.toString().trim()));
        }
        return golds;
    }

    private static Mode goldMode(int[] cps, List<int[]> content) {
        String c = new String(cps, content.get(0)[0], content.get(0)[1] - content.get(0)[0]).strip();
        String quotes = "“”\"„«»";
        if (!c.isEmpty() && (quotes.indexOf(c.charAt(0)) >= 0 || c.startsWith("'"))) {
            return Mode.DIRECT;
        }
        for (int[] p : content) {
            String piece = new String(cps, p[0], p[1] - p[0]);
            for (char q : quotes.toCharArray()) {
                if (piece.indexOf(q) >= 0) {
                    return Mode.MIXED;
                }
            }
            if (piece.contains("''")) {
                return Mode.MIXED;
            }
        }
        return Mode.INDIRECT;
    }

    /** Extraction time of a 1,000-word article after warm-up. */
    private static String speed(Extractor ex, String article) {
        LocalDate pub = LocalDate.of(2016, 10, 1);
        for (int i = 0; i < 40; i++) {
            ex.extract(article, pub);
        }
        int n = 60;
        long[] ns = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            ex.extract(article, pub);
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        int words = article.trim().split("\\s+").length;
        return String.format(Locale.ROOT, "Speed: a %,d-word article takes %.1f ms (median of %d runs after 40 "
                        + "warm-up runs; p90 %.1f ms, max %.1f ms), one thread.%n%n", words, ns[n / 2] / 1e6, n,
                ns[(int) (n * 0.9)] / 1e6, ns[n - 1] / 1e6);
    }

    /** The first 1,000 words of the longest corpus article (cut at a paragraph end where one is near). */
    private static String longestArticleWords(List<Path> files) throws IOException {
        String longest = "";
        for (Path f : files) {
            String t = Files.readString(f, StandardCharsets.UTF_8);
            if (t.length() > longest.length()) {
                longest = t;
            }
        }
        return firstWords(longest, 1000);
    }

    private static String seedWords() throws IOException {
        try (InputStream in = PolnearEval.class.getResourceAsStream("/articles/nk-troops-2024-07-02.txt")) {
            String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder b = new StringBuilder();
            while (b.toString().split("\\s+").length < 1000) {
                b.append(seed).append("\n");
            }
            return firstWords(b.toString(), 1000);
        }
    }

    private static String firstWords(String text, int words) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean ws = Character.isWhitespace(text.charAt(i));
            if (!ws && !inWord) {
                count++;
                if (count > words) {
                    return text.substring(0, i).trim();
                }
            }
            inWord = !ws;
        }
        return text;
    }

    private static long usedAfterGc() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return r.totalMemory() - r.freeMemory();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
