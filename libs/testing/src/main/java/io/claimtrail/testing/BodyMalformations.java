package io.claimtrail.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Request bodies broken as JSON or HTTP, whatever the endpoint, and the means to break one member of a valid body.
 * Which members an endpoint has, and their bad values, stay with each service's catalogue.
 */
public final class BodyMalformations {

    /** A body the service must refuse: what is wrong with it, its content type and its bytes. */
    public record Body(String what, String contentType, byte[] bytes) {

        public static Body json(String what, String json) {
            return new Body(what, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A well-formed UUID nothing has. */
    public static final String UNKNOWN_ID = "6f1c1a52-0000-4000-8000-000000000000";
    /** A UUID with one digit that is no hexadecimal digit. */
    public static final String BAD_UUID = "6f1c1a52-0000-4000-8000-00000000000g";

    private BodyMalformations() {
    }

    /**
     * Malformations of any JSON body, given a valid one whose first member is {@code firstMember}: no object, broken
     * syntax, duplicate or unknown members, trailing content, other media types, bytes that are not UTF-8.
     */
    public static List<Body> ofAnyBody(String valid, String firstMember) {
        return new ArrayList<>(List.of(
                Body.json("empty body", ""),
                Body.json("only whitespace", "  \n "),
                Body.json("JSON null", "null"),
                Body.json("empty array", "[]"),
                Body.json("array instead of object", "[" + valid + "]"),
                Body.json("number instead of object", "42"),
                Body.json("huge number instead of object", "1e400"),
                Body.json("string instead of object", "\"" + firstMember + "\""),
                Body.json("boolean instead of object", "true"),
                Body.json("truncated JSON", valid.substring(0, valid.length() - 4)),
                Body.json("only an opening brace", "{"),
                Body.json("trailing comma", valid.substring(0, valid.length() - 1) + ",}"),
                Body.json("single quotes", valid.replace('"', '\'')),
                Body.json("comment", "/* note */" + valid),
                Body.json("unquoted member name", valid.replaceFirst("\"" + firstMember + "\"", firstMember)),
                Body.json("two objects", valid + valid),
                Body.json("garbage after the object", valid + " x"),
                Body.json("member given twice", "{" + valid.substring(1, valid.length() - 1) + ","
                        + valid.substring(1)),
                Body.json("unknown member", valid.substring(0, valid.length() - 1) + ",\"colour\":\"red\"}"),
                Body.json("NaN", valid.substring(0, valid.length() - 1) + ",\"x\":NaN}"),
                new Body("text/plain", "text/plain", valid.getBytes(StandardCharsets.UTF_8)),
                new Body("application/xml", "application/xml", ("<body><" + firstMember + ">x</" + firstMember
                        + "></body>").getBytes(StandardCharsets.UTF_8)),
                new Body("form-encoded", "application/x-www-form-urlencoded", (firstMember + "=x")
                        .getBytes(StandardCharsets.UTF_8)),
                new Body("octet-stream", "application/octet-stream", valid.getBytes(StandardCharsets.UTF_8)),
                new Body("invalid UTF-8 byte", "application/json", withByte(valid, (byte) 0xFF)),
                new Body("truncated UTF-8 sequence", "application/json", withByte(valid, (byte) 0xC3))));
    }

    /** The valid body padded with an unknown member of {@code characters} characters, past a body limit. */
    public static Body oversized(String what, String valid, int characters) {
        return Body.json(what, valid.substring(0, valid.length() - 1) + ",\"padding\":\"" + "x".repeat(characters)
                + "\"}");
    }

    /** One body per raw JSON value, each the valid body with member {@code name} set to that value. */
    public static void member(List<Body> bodies, JsonObjectText valid, String name, List<String> rawValues) {
        for (String raw : rawValues) {
            bodies.add(Body.json(name + " = " + shown(raw), valid.with(name, raw).toString()));
        }
    }

    /** One body per member name, each the valid body with that read-only or unknown member added. */
    public static void readOnly(List<Body> bodies, JsonObjectText valid, List<String> members) {
        for (String member : members) {
            bodies.add(Body.json("read-only or unknown member " + member,
                    valid.with(member, JsonObjectText.quoted(UNKNOWN_ID)).toString()));
        }
    }

    /** A raw value short enough for a test's name. */
    public static String shown(String raw) {
        return raw.length() > 40 ? raw.substring(0, 37) + "...(" + raw.length() + ")" : raw;
    }

    /** The JSON with {@code b} inserted just before the closing quote of its first string value. */
    public static byte[] withByte(String json, byte b) {
        int colon = json.indexOf(":\"");
        int end = json.indexOf('"', colon + 2);
        byte[] head = json.substring(0, end).getBytes(StandardCharsets.UTF_8);
        byte[] tail = json.substring(end).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = b;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        return all;
    }
}
