package io.claimtrail.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The labelled pairs of {@code matching/pairs.txt}: sources, the claims recorded first, and the texts matched. */
record PairSet(List<Source> sources, List<Claim> claims, List<Pair> pairs) {

    /** The labels whose target is the right top match, a duplicate. */
    static final Set<String> SAME = Set.of("DUPLICATE", "INSTITUTION");
    /** The labels whose target must be among the candidates (same speaker or institution, in the window). */
    static final Set<String> CANDIDATE = Set.of("DUPLICATE", "INSTITUTION", "NEAR_MISS", "OPPOSITE");
    static final List<String> LABELS = List.of("DUPLICATE", "INSTITUTION", "NEAR_MISS", "OPPOSITE", "OTHER_SPEAKER",
            "OTHER_DATE", "LAPSED");

    record Source(String ref, String kind, String name, String parent, String from, String to) {
    }

    record Claim(String ref, String source, String statedOn, String text) {
    }

    record Pair(int line, String label, String target, String source, String statedOn, String text) {
    }

    static PairSet read(Path file) throws IOException {
        List<Source> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String[] f = line.substring(space + 1).split(" \\| ");
            for (int j = 0; j < f.length; j++) {
                f[j] = f[j].strip();
            }
            switch (line.substring(0, space)) {
                case "SOURCE" -> sources.add(new Source(f[0], f[1], f[2], f.length > 3 ? f[3] : null,
                        f.length > 4 ? open(f[4]) : null, f.length > 5 ? open(f[5]) : null));
                case "CLAIM" -> claims.add(new Claim(f[0], f[1], f[2], f[3]));
                case "PAIR" -> {
                    if (!LABELS.contains(f[0])) {
                        throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown label " + f[0]);
                    }
                    pairs.add(new Pair(i + 1, f[0], f[1], f[2], f[3], f[4]));
                }
                default -> throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + line);
            }
        }
        return new PairSet(sources, claims, pairs);
    }

    private static String open(String date) {
        return date.equals("-") ? null : date;
    }
}
