package io.claimtrail.helmcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OpenAPI v3 schemas of the custom resources the chart renders that have no fabric8 model (CloudNativePG's
 * Cluster, Database and ScheduledBackup), as the CRDs publish them (src/test/resources/crds/, each file naming its
 * source). A document is checked the way the API server's strict field validation does, minus the CEL rules: known
 * fields only (unless the schema preserves unknown ones), types, required fields, enums, patterns, bounds.
 */
final class CrdSchemas {

    private static final List<String> FILES = List.of(
            "postgresql.cnpg.io_clusters.json", "postgresql.cnpg.io_databases.json", "postgresql.cnpg.io_scheduledbackups.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> SCHEMAS = load();

    private CrdSchemas() {
    }

    /** The schema of "group/version/Kind", e.g. "postgresql.cnpg.io/v1/Cluster". */
    static Optional<JsonNode> of(String apiVersionAndKind) {
        return Optional.ofNullable(SCHEMAS.get(apiVersionAndKind));
    }

    static List<String> kinds() {
        return List.copyOf(SCHEMAS.keySet());
    }

    /** Every violation of the schema by the document, each as "path: problem". */
    static List<String> violations(JsonNode schema, JsonNode document) {
        List<String> problems = new ArrayList<>();
        check(schema, document, "", problems, true);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems, boolean root) {
        String where = path.isEmpty() ? "/" : path;
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(where + ": null is not allowed");
            }
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                problems.add(where + ": must be an integer or a string");
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> checkObject(schema, value, path, problems, root);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + ": must be an array");
                    return;
                }
                bound(schema, "minItems", value.size(), where, problems, true);
                bound(schema, "maxItems", value.size(), where, problems, false);
                for (int i = 0; i < value.size(); i++) {
                    if (schema.has("items")) {
                        check(schema.get("items"), value.get(i), path + "/" + i, problems, false);
                    }
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(where + ": must be a string, not " + value);
                    return;
                }
                String text = value.asText();
                bound(schema, "minLength", text.length(), where, problems, true);
                bound(schema, "maxLength", text.length(), where, problems, false);
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                    problems.add(where + ": '" + text + "' does not match " + schema.get("pattern").asText());
                }
            }
            case "integer", "number" -> {
                if (type.equals("integer") ? !value.isIntegralNumber() : !value.isNumber()) {
                    problems.add(where + ": must be of type " + type + ", not " + value);
                    return;
                }
                BigDecimal number = value.decimalValue();
                if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
                    problems.add(where + ": " + number + " is below the minimum " + schema.get("minimum"));
                }
                if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
                    problems.add(where + ": " + number + " is above the maximum " + schema.get("maximum"));
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(where + ": must be a boolean, not " + value);
                }
            }
            default -> {
                // No type: anything (e.g. x-kubernetes-preserve-unknown-fields values).
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(where + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                long matching = 0;
                for (JsonNode option : schema.get(combinator)) {
                    List<String> optionProblems = new ArrayList<>();
                    check(option, value, path, optionProblems, false);
                    matching += optionProblems.isEmpty() ? 1 : 0;
                }
                if (matching == 0 || (combinator.equals("oneOf") && matching > 1)) {
                    problems.add(where + ": matches " + matching + " of its " + combinator + " schemas");
                }
            }
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                check(part, value, path, problems, false);
            }
        }
    }

    private static void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems, boolean root) {
        String where = path.isEmpty() ? "/" : path;
        if (!value.isObject()) {
            problems.add(where + ": must be an object, not " + value);
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(where + ": " + required.asText() + " is required");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            String fieldPath = path + "/" + name;
            if (root && List.of("apiVersion", "kind", "metadata").contains(name)) { // metadata: checked as ObjectMeta
                continue;
            }
            if (properties.has(name)) {
                check(properties.get(name), field.getValue(), fieldPath, problems, false);
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), fieldPath, problems, false);
            } else if (!preserveUnknown && !(additional != null && additional.asBoolean(false))) {
                problems.add(fieldPath + ": unknown field");
            }
        }
        bound(schema, "minProperties", value.size(), where, problems, true);
        bound(schema, "maxProperties", value.size(), where, problems, false);
    }

    private static void bound(JsonNode schema, String keyword, int actual, String where, List<String> problems, boolean lower) {
        if (schema.has(keyword)) {
            int limit = schema.get(keyword).asInt();
            if (lower ? actual < limit : actual > limit) {
                problems.add(where + ": " + keyword + " " + limit + ", got " + actual);
            }
        }
    }

    private static Map<String, JsonNode> load() {
        Map<String, JsonNode> schemas = new HashMap<>();
        for (String file : FILES) {
            try (InputStream in = CrdSchemas.class.getResourceAsStream("/crds/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource crds/" + file);
                }
                JsonNode crd = JSON.readTree(in);
                schemas.put(crd.get("group").asText() + "/" + crd.get("version").asText() + "/" + crd.get("kind").asText(),
                        crd.get("schema"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }
}
