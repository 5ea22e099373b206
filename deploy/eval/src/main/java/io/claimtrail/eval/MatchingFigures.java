package io.claimtrail.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a matching run. Top-1 precision: of the texts whose best match the service calls a duplicate, the
 * share where it is the labelled target of a DUPLICATE or INSTITUTION pair. Recall: of those pairs, the share found
 * so. Polarity: over the pairs whose target should be a candidate, the labelled polarity against the target match's
 * oppositePolarity.
 */
record MatchingFigures(List<Row> rows, Map<String, int[]> byLabel, int[][] polarity, int notRetrieved) {

    /** One pair and what the service answered for it. */
    record Row(PairSet.Pair pair, String topRef, boolean topDuplicate, double topScore, boolean retrieved,
            boolean reportedOpposite) {

        boolean correct() {
            return PairSet.SAME.contains(pair.label()) && topDuplicate && pair.target().equals(topRef);
        }
    }

    // byLabel columns: pairs, target retrieved, target top-1, top-1 a duplicate, answered right
    static MatchingFigures of(List<PairSet.Pair> pairs, List<JsonNode> answers, Map<String, String> refById) {
        List<Row> rows = new ArrayList<>();
        Map<String, int[]> byLabel = new LinkedHashMap<>();
        PairSet.LABELS.forEach(label -> byLabel.put(label, new int[5]));
        int[][] polarity = new int[2][2];
        int notRetrieved = 0;
        for (int i = 0; i < pairs.size(); i++) {
            PairSet.Pair pair = pairs.get(i);
            JsonNode matches = answers.get(i).get("matches");
            JsonNode top = matches.size() == 0 ? null : matches.get(0);
            JsonNode target = null;
            for (JsonNode m : matches) {
                if (pair.target().equals(refById.get(m.get("claimId").asText()))) {
                    target = m;
                }
            }
            Row row = new Row(pair, top == null ? null : refById.get(top.get("claimId").asText()),
                    top != null && top.get("duplicate").asBoolean(), top == null ? 0 : top.get("score").asDouble(),
                    target != null, target != null && target.get("oppositePolarity").asBoolean());
            rows.add(row);
            int[] counts = byLabel.get(pair.label());
            counts[0]++;
            counts[1] += row.retrieved() ? 1 : 0;
            counts[2] += pair.target().equals(row.topRef()) ? 1 : 0;
            counts[3] += row.topDuplicate() ? 1 : 0;
            counts[4] += PairSet.SAME.contains(pair.label()) ? (row.correct() ? 1 : 0) : (row.topDuplicate() ? 0 : 1);
            if (PairSet.CANDIDATE.contains(pair.label())) {
                if (row.retrieved()) {
                    polarity[pair.label().equals("OPPOSITE") ? 0 : 1][row.reportedOpposite() ? 0 : 1]++;
                } else {
                    notRetrieved++;
                }
            }
        }
        return new MatchingFigures(rows, byLabel, polarity, notRetrieved);
    }

    long predicted() {
        return rows.stream().filter(Row::topDuplicate).count();
    }

    long correct() {
        return rows.stream().filter(Row::correct).count();
    }

    long positives() {
        return rows.stream().filter(r -> PairSet.SAME.contains(r.pair().label())).count();
    }

    String markdown(String name, String file, PairSet set, long nanos) {
        double precision = predicted() == 0 ? 0 : (double) correct() / predicted();
        double recall = positives() == 0 ? 0 : (double) correct() / positives();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%n### %s: `%s`%n%n%d sources, %d claims recorded, %d labelled texts."
                + "%n%n", name, file, set.sources().size(), set.claims().size(), rows.size()));
        md.append(String.format(Locale.ROOT, "- top-1 precision: %.3f (%d of %d texts whose best match is called a "
                + "duplicate have their labelled claim there); target >= 0.90: %s%n", precision, correct(),
                predicted(), precision >= 0.90 ? "met" : "missed"));
        md.append(String.format(Locale.ROOT, "- recall: %.3f (%d of %d DUPLICATE and INSTITUTION pairs found as the "
                + "top match and a duplicate)%n", recall, correct(), positives()));
        md.append(String.format(Locale.ROOT, "- time: %.0f ms for all %d texts (%.1f ms per text), one client, "
                + "machine shared with other builds%n%n", nanos / 1e6, rows.size(), nanos / 1e6 / rows.size()));
        md.append("| label | pairs | target retrieved | target is top-1 | top-1 a duplicate | answered right |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        byLabel.forEach((label, c) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n",
                label, c[0], c[1], c[2], c[3], c[4])));
        md.append("\n\"Answered right\": for DUPLICATE and INSTITUTION the labelled claim is the top match and a "
                + "duplicate; for the others the top match (if any) is no duplicate.\n\n");
        md.append("Polarity, over the DUPLICATE, INSTITUTION, NEAR_MISS and OPPOSITE pairs whose labelled claim was "
                + "among the matches (" + notRetrieved + " were not):\n\n");
        md.append("| labelled \\ reported | opposite | same |\n|---|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| opposite (OPPOSITE) | %d | %d |%n", polarity[0][0], polarity[0][1]));
        md.append(String.format(Locale.ROOT, "| same (the others) | %d | %d |%n%n", polarity[1][0], polarity[1][1]));
        md.append("Errors (line of " + Path.of(file).getFileName() + ", label, the top match and its score):\n\n");
        rows.stream().filter(r -> PairSet.SAME.contains(r.pair().label()) ? !r.correct() : r.topDuplicate())
                .forEach(r -> md.append(String.format(Locale.ROOT, "- %d %s (target %s): top %s, %s, score %.3f: "
                        + "\"%s\"%n", r.pair().line(), r.pair().label(), r.pair().target(),
                        r.topRef() == null ? "none" : r.topRef(), r.topDuplicate() ? "duplicate" : "no duplicate",
                        r.topScore(), r.pair().text())));
        List<Row> misread = rows.stream().filter(r -> PairSet.CANDIDATE.contains(r.pair().label()) && r.retrieved()
                && r.reportedOpposite() != r.pair().label().equals("OPPOSITE")).toList();
        md.append(String.format(Locale.ROOT, "%nPolarity misreads (%d: line, label, what the labelled claim was "
                + "reported):%n%n", misread.size()));
        misread.forEach(r -> md.append(String.format(Locale.ROOT, "- %d %s (target %s): reported %s: \"%s\"%n",
                r.pair().line(), r.pair().label(), r.pair().target(), r.reportedOpposite() ? "opposite" : "same",
                r.pair().text())));
        return md.toString();
    }
}
