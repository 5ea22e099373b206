package io.claimtrail.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A JSON object written member by member from raw JSON values, so a test can put any text, however broken, in one
 * member and leave the others valid.
 */
public final class JsonObjectText {

    private final Map<String, String> members = new LinkedHashMap<>();

    private JsonObjectText() {
    }

    public static JsonObjectText of(String... namesAndRawValues) {
        JsonObjectText object = new JsonObjectText();
        for (int i = 0; i < namesAndRawValues.length; i += 2) {
            object.members.put(namesAndRawValues[i], namesAndRawValues[i + 1]);
        }
        return object;
    }

    /** A copy with {@code name} set to the raw JSON {@code value}. */
    public JsonObjectText with(String name, String value) {
        JsonObjectText copy = copy();
        copy.members.put(name, value);
        return copy;
    }

    public JsonObjectText without(String name) {
        JsonObjectText copy = copy();
        copy.members.remove(name);
        return copy;
    }

    public static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /** A JSON array of {@code count} copies of the raw value. */
    public static String arrayOf(int count, String rawValue) {
        return "[" + String.join(",", java.util.Collections.nCopies(count, rawValue)) + "]";
    }

    private JsonObjectText copy() {
        JsonObjectText copy = new JsonObjectText();
        copy.members.putAll(members);
        return copy;
    }

    @Override
    public String toString() {
        return members.entrySet().stream().map(m -> quoted(m.getKey()) + ":" + m.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
