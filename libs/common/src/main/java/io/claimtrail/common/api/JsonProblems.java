package io.claimtrail.common.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Describes an unreadable JSON body by the field that broke it, in words a client can act on. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ProblemException describe(JsonProcessingException e) {
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping)) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return ProblemException.invalid("body", "malformed JSON" + where);
        }
        String field = pathOf(mapping);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String name = field.isEmpty() ? unknown.getPropertyName() : field;
            return ProblemException.invalid(name, "unknown field");
        }
        if (e instanceof InvalidFormatException format) {
            return ProblemException.invalid(orBody(field), "'" + format.getValue() + "' is not " + expected(format.getTargetType()));
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return ProblemException.invalid(orBody(field), instantiation.getCause().getMessage());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return ProblemException.invalid(orBody(field), "expected " + expected(mismatch.getTargetType()));
        }
        Throwable cause = e.getCause();
        String reason = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
        return ProblemException.invalid(orBody(field), reason);
    }

    private static String orBody(String field) {
        return field.isEmpty() ? "body" : field;
    }

    public static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number of type " + type.getSimpleName();
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "a JSON object (" + type.getSimpleName() + ")";
    }
}
