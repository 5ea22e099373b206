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
import java.util.Map;

/**
 * make eval, claim matching (issue #13): starts the packaged services (deploy/stack) on a throw-away database,
 * records the sources and claims of {@code deploy/eval/matching/pairs.txt} through their APIs, sends every labelled
 * text to POST /claims/similar (windowDays 30, limit 20, batches of 100) and appends the figures to the results file.
 * <p>Usage: {@code MatchingEval <repository root> <results file>} (appended to; created when absent).
 */
public final class MatchingEval {

    static final int WINDOW_DAYS = 30;
    static final int LIMIT = 20;
    private static final int BATCH = 100;

    private MatchingEval() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path results = Path.of(args.length > 1 ? args[1] : "deploy/eval/results/matching.md");
        Path file = root.resolve("deploy/eval/matching/pairs.txt");
        PairSet set = PairSet.read(file);
        Path target = root.resolve("deploy/eval/target");
        Tokens tokens = new Tokens(target.resolve("eval-jwt"));
        List<JsonNode> answers = new ArrayList<>();
        Map<String, String> claimIds;
        long nanos;
        try (ClaimtrailStack stack = ClaimtrailStack.start(root, target.resolve("eval-logs"), tokens.publicKey())) {
            String analyst = tokens.bearer(Role.ANALYST, "eval@claimtrail.local");
            Api sources = new Api(stack.sources().url(), analyst);
            Api claims = new Api(stack.claims().url(), analyst);
            Api reader = new Api(stack.claims().url(), tokens.bearer(Role.VIEWER, "eval@claimtrail.local"));
            Map<String, String> sourceIds = recordSources(sources, set.sources());
            claimIds = recordClaims(claims, set.claims(), sourceIds);
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
            nanos = System.nanoTime() - started;
        }
        Map<String, String> refById = new HashMap<>();
        claimIds.forEach((ref, id) -> refById.put(id, ref));
        MatchingFigures figures = MatchingFigures.of(set.pairs(), answers, refById);
        String section = figures.markdown(root.relativize(file).toString(), set, nanos);
        System.out.print(section);
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, section, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
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
