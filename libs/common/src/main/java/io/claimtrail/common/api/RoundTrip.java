package io.claimtrail.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a replacement ({@code PUT}) or a merge patch as a client writes it after a read: the representation as it was
 * returned, with some fields changed. Fields the server manages (those the representation shows but the draft does not
 * take, such as {@code id}, {@code version}, timestamps and derived labels, plus any named by the caller) are left out
 * when they equal the current representation, and refused with a 409 naming them when they contradict it. Every other
 * field is read as the draft, with every invalid one named in one 400; an unknown field stays a 400.
 */
@ApplicationScoped
public class RoundTrip {

    private final ObjectMapper mapper;
    private final Validator validator;

    public RoundTrip(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The draft a PUT body stands for, given the resource's current representation (as GET shows it). */
    public <D> D replacement(JsonNode body, Object current, Class<D> draftType, String... alsoManaged) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("body", "expected a JSON object");
        }
        ObjectNode input = ((ObjectNode) body).deepCopy();
        stripManaged(input, mapper.valueToTree(current), shown(current), accepted(draftType, alsoManaged));
        D draft;
        try {
            draft = mapper.treeToValue(input, draftType);
        } catch (JsonProcessingException e) {
            throw JsonProblems.describe(e);
        }
        validate(draft);
        return draft;
    }

    /** The draft of a merge patch (RFC 7396) applied onto the current representation: then as {@link #replacement}. */
    public <D> D patched(JsonNode patch, Object current, Class<D> draftType, String... alsoManaged) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "expected a JSON object (a merge patch)");
        }
        return replacement(MergePatch.apply(mapper.valueToTree(current), patch), current, draftType, alsoManaged);
    }

    /** Removes the server-managed fields that equal the current ones; any that differ are a 409 naming each. */
    static void stripManaged(ObjectNode input, JsonNode current, Set<String> shown, Set<String> accepted) {
        List<FieldProblem> contradictions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = input.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (accepted.contains(name) || !shown.contains(name) && !current.has(name)) {
                continue;
            }
            JsonNode now = current.get(name);
            if (same(field.getValue(), now)) {
                fields.remove();
            } else {
                contradictions.add(new FieldProblem(name, "is managed by the server and cannot be changed here: it is "
                        + (now == null || now.isNull() ? "absent" : now.toString()) + ", not " + field.getValue()));
            }
        }
        contradictions.sort(Comparator.comparing(FieldProblem::field));
        if (!contradictions.isEmpty()) {
            throw new ProblemException(409, contradictions.size() == 1
                    ? contradictions.get(0).field() + " " + contradictions.get(0).message()
                    : "These server-managed fields contradict the resource: " + contradictions.stream()
                            .map(FieldProblem::field).collect(Collectors.joining(", ")), contradictions)
                    .type(ProblemTypes.MANAGED_FIELD);
        }
    }

    /** The fields of the representation, including those it omits while empty (written only when set). */
    private static Set<String> shown(Object current) {
        return current.getClass().isRecord() ? Arrays.stream(current.getClass().getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toSet()) : Set.of();
    }

    /** Absent, null, [] and {} are one value: a field GET leaves out while empty comes back as [] from many clients. */
    private static boolean empty(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || (node.isContainerNode() && node.isEmpty());
    }

    static boolean same(JsonNode sent, JsonNode now) {
        boolean sentEmpty = empty(sent);
        boolean nowEmpty = empty(now);
        if (sentEmpty || nowEmpty) {
            return sentEmpty && nowEmpty;
        }
        return sent.equals(RoundTrip::compareLeaves, now);
    }

    private static int compareLeaves(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            try {
                return a.decimalValue().compareTo(b.decimalValue());
            } catch (NumberFormatException e) {
                return 1; // 1e400 reads as infinity, which no stored number equals
            }
        }
        if (a.isTextual() && b.isTextual() && !a.textValue().equals(b.textValue())) {
            // Timestamps written with another precision or offset name the same moment.
            try {
                return Instant.parse(a.textValue()).compareTo(Instant.parse(b.textValue()));
            } catch (DateTimeParseException e) {
                return 1;
            }
        }
        return a.equals(b) ? 0 : 1;
    }

    private static Set<String> accepted(Class<?> draftType, String... alsoManaged) {
        Set<String> managed = Set.of(alsoManaged);
        return Arrays.stream(draftType.getRecordComponents()).map(c -> c.getName())
                .filter(name -> !managed.contains(name)).collect(Collectors.toSet());
    }

    private <D> void validate(D draft) {
        Set<ConstraintViolation<D>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            List<FieldProblem> errors = new ArrayList<>(violations.stream()
                    .map(v -> new FieldProblem(ProblemMappers.fieldOf(v), v.getMessage())).toList());
            FieldRules.addTo(draft, errors);
            errors.sort(Comparator.comparing(FieldProblem::field));
            throw ProblemException.invalid(errors);
        }
    }
}
