package io.claimtrail.sources;

import io.claimtrail.testing.BodyMalformations.Body;
import io.claimtrail.testing.JsonObjectText;

import java.util.ArrayList;
import java.util.List;

import static io.claimtrail.testing.BodyMalformations.UNKNOWN_ID;
import static io.claimtrail.testing.BodyMalformations.shown;
import static io.claimtrail.testing.BodyMalformations.withByte;
import static io.claimtrail.testing.JsonObjectText.arrayOf;
import static io.claimtrail.testing.JsonObjectText.quoted;

/** Valid JSON with one broken member of a source; bodies broken whatever the endpoint are in libs/testing. */
final class SourceBodies {

    private SourceBodies() {
    }

    /** Valid JSON with one broken member of a source (a {@code SourceInput}). */
    static List<Body> ofSource(JsonObjectText valid, String parentId) {
        List<Body> bodies = new ArrayList<>();
        member(bodies, valid, "name", "42", "1e400", "true", "{}", "[\"x\"]", "null", "\"\"", "\"   \"",
                quoted("x".repeat(301)), "\"\\u0000\"", "\"A\\u0000B\"", "\"A\\uD800B\"", "\"\\uDC00\"",
                "\"\\u202Egnp.exe\"", "\"A\\u0007B\"", "\"A\\u001bB\"");
        bodies.add(Body.json("name missing", valid.without("name").toString()));
        member(bodies, valid, "kind", "\"BLOG\"", "\"outlet\"", "0", "-1", "9223372036854775808", "null", "\"\"",
                "[\"OUTLET\"]", "{}");
        bodies.add(Body.json("kind missing", valid.without("kind").toString()));
        member(bodies, valid, "slug", "\"Bad Slug\"", "\"x\"", quoted("a".repeat(65)), "\"🎉-party\"",
                "\"\\ud83c\\udf89-party\"", "\"lookup\"", "\"resolve\"", "42", "\"ab\\u0000\"", "\"ab\\uD800\"",
                "[\"ab\"]");
        member(bodies, valid, "aliases", "\"DoD\"", "[42]", "[null]", "[\"\"]", "[\"  \"]",
                distinctStrings(51),
                "[" + quoted("x".repeat(301)) + "]", "[\"DoD\",\"dod\"]", "[{\"a\":1}]", "[\"A\\u0000\"]",
                "[\"\\uD800\"]", "[\"\\u202Eabc\"]", "{}", "[[\"x\"]]", "[1e400]");
        member(bodies, valid, "country", "\"USA\"", "\"us\"", "\"XX\"", "12", "\"\"", "\"U\\u0000\"", "[\"US\"]",
                "\"ÜS\"");
        member(bodies, valid, "homepage", "\"ftp://x.org\"", "\"defense.gov\"", "\"javascript:alert(1)\"",
                quoted("https://x.org/" + "a".repeat(2000)), "42", "\"http://\"", "\"https://exa mple.org\"",
                "\"https://x.org/\\u0000\"", "\"https://x.org/\\uD800\"");
        member(bodies, valid, "description", quoted("x".repeat(5001)), "42", "\"x\\u0000y\"", "\"\\uD800\"",
                "{}", "[\"x\"]", "\"\\u202Etxt.exe\"");
        member(bodies, valid, "reliability", "\"G\"", "\"b\"", "\"\"", "0", "1e400", "[\"A\"]", "\"A\\u0000\"");
        member(bodies, valid, "stateAffiliated", "\"yes\"", "\"true\"", "1", "2", "-1", "1e400",
                "9223372036854775808", "[]", "{}");
        String parent = quoted(parentId);
        member(bodies, valid, "affiliations", "{}", "\"x\"", "[42]", "[null]", "[{}]", "[{\"role\":\"x\"}]",
                "[{\"parentId\":\"nope\"}]", "[{\"parentId\":42}]", "[{\"parentId\":\"\"}]",
                "[{\"parentId\":\"6f1c1a52-0000-4000-8000-00000000000\"}]",
                "[{\"parentId\":\"" + UNKNOWN_ID + "\"}]",
                "[{\"parentId\":" + parent + ",\"from\":\"2024-13\"}]",
                "[{\"parentId\":" + parent + ",\"from\":\"July 2024\"}]",
                "[{\"parentId\":" + parent + ",\"from\":\"2024-02-30\"}]",
                "[{\"parentId\":" + parent + ",\"from\":\"2024-00\"}]",
                "[{\"parentId\":" + parent + ",\"from\":2024}]",
                "[{\"parentId\":" + parent + ",\"from\":\"\"}]",
                "[{\"parentId\":" + parent + ",\"from\":\"1e400\"}]",
                "[{\"parentId\":" + parent + ",\"from\":" + quoted("2024-01-01/".repeat(7)) + "}]",
                "[{\"parentId\":" + parent + ",\"from\":{}}]",
                "[{\"parentId\":" + parent + ",\"from\":\"2024\",\"to\":\"2023\"}]",
                "[{\"parentId\":" + parent + ",\"role\":" + quoted("x".repeat(301)) + "}]",
                "[{\"parentId\":" + parent + ",\"role\":\"a\\u0000b\"}]",
                "[{\"parentId\":" + parent + ",\"role\":42}]",
                "[{\"parentId\":" + parent + ",\"colour\":\"red\"}]",
                arrayOf(101, "{\"parentId\":" + parent + "}"));
        for (String readOnly : List.of("id", "version", "createdAt", "archived", "actor")) {
            bodies.add(Body.json("read-only or unknown member " + readOnly,
                    valid.with(readOnly, "\"" + UNKNOWN_ID + "\"").toString()));
        }
        bodies.add(new Body("invalid UTF-8 in the name", "application/json",
                withByte(valid.with("name", "\"A\"").toString(), (byte) 0xC3)));
        return bodies;
    }

    /** A JSON array of {@code count} different short strings. */
    private static String distinctStrings(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> quoted("alias " + i))
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static void member(List<Body> bodies, JsonObjectText valid, String name, String... rawValues) {
        for (String raw : rawValues) {
            // A name of its own, so that one wrongly accepted body does not make the rest fail for a taken slug.
            JsonObjectText named = valid.with("name", quoted("Malformed probe " + bodies.size()));
            bodies.add(Body.json(name + " = " + shown(raw), named.with(name, raw).toString()));
        }
    }
}
