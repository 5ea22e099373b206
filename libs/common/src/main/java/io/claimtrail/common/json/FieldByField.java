package io.claimtrail.common.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.claimtrail.common.api.FieldProblem;
import io.claimtrail.common.api.FieldRules;
import io.claimtrail.common.api.JsonProblems;
import io.claimtrail.common.api.ProblemException;
import io.claimtrail.common.api.ProblemMappers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a record as Jackson would; when that fails, reads each field on its own so that the 400 names every field
 * that is unknown, of the wrong type or format, or invalid under its Bean Validation constraints, not only the first.
 * A valid body costs one buffering of its tokens more than before; only a failed one is read a second time.
 */
final class FieldByField extends DelegatingDeserializer {

    private static final Object UNREADABLE = new Object();

    private final Class<?> type;
    private final Validator validator;

    FieldByField(JsonDeserializer<?> delegate, Class<?> type, Validator validator) {
        super(delegate);
        this.type = type;
        this.validator = validator;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new FieldByField(delegate, type, validator);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        TokenBuffer buffer = context.bufferAsCopyOfValue(parser);
        try (JsonParser replay = buffer.asParserOnFirstToken()) {
            return _delegatee.deserialize(replay, context);
        } catch (JsonMappingException | ProblemException first) {
            JsonNode tree;
            try (JsonParser again = buffer.asParserOnFirstToken()) {
                tree = context.readTree(again);
            }
            if (!tree.isObject()) {
                throw first;
            }
            List<FieldProblem> problems = problems(tree, context);
            if (problems.isEmpty()) {
                throw first;
            }
            throw ProblemException.invalid(problems);
        }
    }

    private List<FieldProblem> problems(JsonNode tree, DeserializationContext context) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (refusesUnknown(context)) {
            for (Iterator<String> names = tree.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!components.containsKey(name)) {
                    problems.add(new FieldProblem(name, "unknown field"));
                }
            }
        }
        Object[] values = new Object[components.size()];
        int index = 0;
        for (RecordComponent component : components.values()) {
            values[index++] = read(component, tree.get(component.getName()), context, problems);
        }
        problems.addAll(violations(values, problems));
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
    }

    private Object read(RecordComponent component, JsonNode node, DeserializationContext context,
            List<FieldProblem> problems) {
        Class<?> raw = component.getType();
        if (node == null || node.isNull()) {
            return raw.isPrimitive() ? defaultOf(raw) : null;
        }
        JavaType target = context.getTypeFactory().constructType(component.getGenericType());
        if (node.isArray() && target.isCollectionLikeType()
                && EveryInvalidField.applies(target.getContentType().getRawClass())) {
            return readEach(component.getName(), node, target.getContentType(), context, problems);
        }
        Object value = readOne(component.getName(), node, target, context, problems);
        return value != UNREADABLE ? value : raw.isPrimitive() ? defaultOf(raw) : null;
    }

    /** The value, or {@link #UNREADABLE} with its problems added under {@code field}. */
    private static Object readOne(String field, JsonNode node, JavaType target, DeserializationContext context,
            List<FieldProblem> problems) {
        try {
            return context.readTreeAsValue(node, target);
        } catch (ProblemException nested) {
            nested.errors().forEach(p -> problems.add(new FieldProblem(field + "." + p.field(), p.message())));
        } catch (JsonMappingException e) {
            String path = JsonProblems.pathOf(e);
            if (e.getCause() instanceof ProblemException nested) {
                nested.errors().forEach(p -> problems.add(new FieldProblem(field + path + "." + p.field(), p.message())));
            } else {
                FieldProblem problem = JsonProblems.describe(e).errors().get(0);
                String name = problem.field().equals("body") ? field
                        : problem.field().startsWith("[") ? field + problem.field() : field + "." + problem.field();
                problems.add(new FieldProblem(name, problem.message()));
            }
        } catch (IOException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
        }
        return UNREADABLE;
    }

    /**
     * A list of records, element by element: the problems of each element. When one fails the list is left out of the
     * record, so the constraints of the readable elements are checked here.
     */
    private Object readEach(String field, JsonNode array, JavaType element, DeserializationContext context,
            List<FieldProblem> problems) {
        int before = problems.size();
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(readOne(field + "[" + i + "]", array.get(i), element, context, problems));
        }
        if (problems.size() == before) {
            return items;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != UNREADABLE && items.get(i) != null) {
                for (ConstraintViolation<Object> violation : validator.validate(items.get(i))) {
                    problems.add(new FieldProblem(field + "[" + i + "]." + ProblemMappers.fieldOf(violation),
                            violation.getMessage()));
                }
            }
        }
        return null;
    }

    /** The Bean Validation failures of the fields that could be read; an unreadable field is named once only. */
    private List<FieldProblem> violations(Object[] values, List<FieldProblem> unreadable) {
        Object partial;
        try {
            Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            partial = canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of();
        }
        List<FieldProblem> found = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(partial)) {
            String field = ProblemMappers.fieldOf(violation);
            if (unreadable.stream().noneMatch(p -> covers(p.field(), field))) {
                found.add(new FieldProblem(field, violation.getMessage()));
            }
        }
        List<FieldProblem> named = new ArrayList<>(unreadable);
        named.addAll(found);
        FieldRules.addTo(partial, named);
        found.addAll(named.subList(unreadable.size() + found.size(), named.size()));
        return found;
    }

    private static boolean covers(String unreadable, String field) {
        return field.equals(unreadable) || field.startsWith(unreadable + ".") || field.startsWith(unreadable + "[")
                || unreadable.startsWith(field + ".") || unreadable.startsWith(field + "[");
    }

    private boolean refusesUnknown(DeserializationContext context) {
        JsonIgnoreProperties ignore = type.getAnnotation(JsonIgnoreProperties.class);
        return (ignore == null || !ignore.ignoreUnknown())
                && context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static Object defaultOf(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == long.class) {
            return 0L;
        }
        if (primitive == double.class) {
            return 0d;
        }
        if (primitive == float.class) {
            return 0f;
        }
        if (primitive == char.class) {
            return '\0';
        }
        if (primitive == byte.class) {
            return (byte) 0;
        }
        if (primitive == short.class) {
            return (short) 0;
        }
        return 0;
    }
}
