package io.claimtrail.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtrail.stack.ClaimtrailStack;
import io.claimtrail.stack.Tokens;
import io.claimtrail.tokens.Role;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * make eval, claim matching (issue #13): starts the packaged services (deploy/stack) on a throw-away database,
 * records the sources and claims of each labelled set ({@code deploy/eval/matching/pairs.txt}, the development set
 * the rules were first tuned on; {@code heldout.txt}, a second development set since the round of verb antonyms and
 * contrasts; {@code test.txt}, a third development set since the structural round; {@code fresh.txt}, a set written
 * 2026-12-02 without sight of the rules, measured but never tuned on; {@code unseen.txt}, written the same day by a
 * helper who had seen neither the rules nor the other sets' pairs; {@code blind.txt}, written the same way by
 * another helper in the ninth session, before that session's matching changes were measured on it) through their APIs, sends every
 * labelled text to POST /claims/similar (windowDays 30, limit 20, batches of 100) and appends the figures of each set
 * apart to the results file; then measures the memory of the stack's timelines service around 50 extractions
 * ({@link TimelinesMemory}).
 * <p>Usage: {@code MatchingEval <repository root> <results file>} (appended to; created when absent).
 */
public final class MatchingEval {

    static final int WINDOW_DAYS = 30;
    static final int LIMIT = 20;
    private static final int BATCH = 100;
    /** The sets, by name and file under deploy/eval/matching; their sources and claims share one database. */
    private static final List<Map.Entry<String, String>> SETS = List.of(
            Map.entry("Development set (the rules were tuned on it)", "pairs.txt"),
            Map.entry("Held-out set (written before the near-miss rules; used for development in the round of verb "
                    + "antonyms and contrasts)", "heldout.txt"),
            Map.entry("Third set (untouched until the structural round, whose rules were chosen from its errors: a "
                    + "third development set)", "test.txt"),
            Map.entry("Fresh set (written 2026-12-02 without sight of the rules; measured since, never tuned on)",
                    "fresh.txt"),
            Map.entry("Unseen set (written 2026-12-02 by a helper who had seen neither the rules nor the other sets' "
                    + "pairs; the rules unchanged since)", "unseen.txt"),
            Map.entry("Blind set (written 2026-12-02, ninth session, by a helper who had seen neither the rules, the "
                    + "results nor any set's pairs; never tuned on)", "blind.txt"));

    private MatchingEval() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path results = Path.of(args.length > 1 ? args[1] : "deploy/eval/results/matching.md");
        Path target = root.resolve("deploy/eval/target");
        Tokens tokens = new Tokens(target.resolve("eval-jwt"));
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%n## Claim matching%n%nCommand: `make eval` (io.claimtrail.eval."
                + "MatchingEval): the packaged sources, claims and timelines services (deploy/stack, a throw-away "
                + "PostgreSQL) loaded with the sources and claims of each labelled set, then each set's texts sent to "
                + "POST /claims/similar (with their speaker and statedOn, windowDays %d, limit %d) in batches of %d. "
                + "Each set is reported apart; the target (top-1 precision >= 0.90) applies to each.%n", WINDOW_DAYS,
                LIMIT, BATCH));
        try (ClaimtrailStack stack = ClaimtrailStack.start(root, target.resolve("eval-logs"), tokens.publicKey())) {
            String analyst = tokens.bearer(Role.ANALYST, "eval@claimtrail.local");
            Api sources = new Api(stack.sources().url(), analyst);
            Api claims = new Api(stack.claims().url(), analyst);
            Api reader = new Api(stack.claims().url(), tokens.bearer(Role.VIEWER, "eval@claimtrail.local"));
            for (Map.Entry<String, String> named : SETS) {
                Path file = root.resolve("deploy/eval/matching").resolve(named.getValue());
                PairSet set = PairSet.read(file);
                Map<String, String> sourceIds = recordSources(sources, set.sources());
                Map<String, String> claimIds = recordClaims(claims, set.claims(), sourceIds);
                List<JsonNode> answers = new ArrayList<>();
                long started = System.nanoTime();
                for (int from = 0; from < set.pairs().size(); from += BATCH) {
                    List<PairSet.Pair> batch = set.pairs().subList(from, Math.min(set.pairs().size(), from + BATCH));
                    List<Map<String, Object>> items = new ArrayList<>();
                    batch.forEach(p -> items.add(Map.of("text", p.text(), "sourceId", sourceIds.get(p.source()),
                            "statedOn", p.statedOn())));
                    JsonNode answer = reader.post("/claims/similar",
                            Map.of("items", items, "windowDays", WINDOW_DAYS, "limit", LIMIT), 200);
                    answer.get("items").forEach(answers::add);
                }
                long nanos = System.nanoTime() - started;
                Map<String, String> refById = new HashMap<>();
                claimIds.forEach((ref, id) -> refById.put(id, ref));
                MatchingFigures figures = MatchingFigures.of(set.pairs(), answers, refById);
                md.append(figures.markdown(named.getKey(), root.relativize(file).toString(), set, nanos));
            }
            md.append(TimelinesMemory.measure(root, new Api(stack.timelines().url(), analyst)).markdown());
        }
        System.out.print(md);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, md, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.println("Appended to " + results);
    }

    private static Map<String, String> recordSources(Api api, List<PairSet.Source> sources) throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        for (PairSet.Source s : sources) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", s.name());
            body.put("kind", s.kind());
            if (s.parent() != null) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("parentId", ids.get(s.parent()));
                link.put("role", "spokesperson");
                link.put("from", s.from());
                link.put("to", s.to());
                body.put("affiliations", List.of(link));
            }
            ids.put(s.ref(), api.post("/sources", body, 201).get("id").asText());
        }
        return ids;
    }

    private static Map<String, String> recordClaims(Api api, List<PairSet.Claim> claims, Map<String, String> sources)
            throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        for (PairSet.Claim c : claims) {
            Map<String, Object> body = Map.of("text", c.text(), "sourceId", sources.get(c.source()),
                    "statedOn", c.statedOn(), "kind", "ASSERTION");
            ids.put(c.ref(), api.post("/claims", body, 201).get("id").asText());
        }
        return ids;
    }
}
