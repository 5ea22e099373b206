package io.claimtrail.timelines;

import io.claimtrail.testing.BodyMalformations.Body;
import io.claimtrail.testing.JsonObjectText;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.claimtrail.testing.BodyMalformations.BAD_UUID;
import static io.claimtrail.testing.BodyMalformations.UNKNOWN_ID;
import static io.claimtrail.testing.BodyMalformations.member;
import static io.claimtrail.testing.BodyMalformations.readOnly;
import static io.claimtrail.testing.JsonObjectText.arrayOf;
import static io.claimtrail.testing.JsonObjectText.quoted;

/** Valid JSON with one broken member of a timeline or event; bodies broken whatever the endpoint are in libs/testing. */
final class TimelineBodies {

    /** Strings no title or name may be: wrong types, blank, too long, or with characters that cannot be stored. */
    private static final List<String> BAD_NAMES = List.of("42", "1e400", "true", "{}", "[\"x\"]", "null", "\"\"",
            "\"   \"", quoted("x".repeat(301)), "\"\\u0000\"", "\"A\\u0000B\"", "\"A\\uD800B\"", "\"\\uDC00\"",
            "\"\\u202Egnp.exe\"", "\"A\\u2066B\"", "\"A\\u0007B\"", "\"A\\u001bB\"", "\"A\\u009bB\"");
    /** Values that are no EDTF date. */
    private static final List<String> BAD_DATES = List.of("\"June 2024\"", "\"2024-13\"", "\"2024-02-30\"",
            "\"2024-00-01\"", "2024", "\"\"", "null", "\"1e400\"", "1e400", "9223372036854775808", "-1", "{}",
            "[\"2024\"]", quoted("2024-01-01/".repeat(7)), "\"2024\\u0000\"", "\"2024-W01\"", "\"\\uD800\"",
            "\"２０２４\"", "\"2024-07-01T00:00:00Z\"");

    private TimelineBodies() {
    }

    /** Valid JSON with one broken member of a timeline (a {@code TimelineInput}); {@code takenSlug} is in use. */
    static List<Body> ofTimeline(JsonObjectText valid, String takenSlug) {
        List<Body> bodies = new ArrayList<>();
        member(bodies, valid, "title", BAD_NAMES);
        bodies.add(Body.json("title missing", valid.without("title").toString()));
        member(bodies, valid, "slug", List.of("\"Bad Slug\"", "\"x\"", quoted("a".repeat(65)), "\"🎉-party\"",
                "\"\\ud83c\\udf89-party\"", "\"import\"", "42", "\"ab\\u0000\"", "\"ab\\uD800\"", "[\"ab\"]",
                "\"ab%\"", "\"a_b\"", "\"ab'--\"", quoted(takenSlug)));
        member(bodies, valid, "summary", List.of(quoted("x".repeat(5001)), "42", "\"x\\u0000y\"", "\"\\uD800\"", "{}",
                "[\"x\"]", "\"\\u202Etxt.exe\"", "true"));
        member(bodies, valid, "topics", List.of("\"probe\"", "[42]", "[null]", "[\"\"]", "[\"Bad Topic\"]", "[\"a\"]",
                distinct(51, "topic-"), "[" + quoted("x".repeat(65)) + "]", "[\"dup\",\"dup\"]", "[{\"a\":1}]",
                "[\"a\\u0000b\"]", "[[\"probe\"]]", "[1e400]", "[\"a%_\"]", "{}", "true"));
        member(bodies, valid, "pinnedClaimIds", List.of("\"" + UNKNOWN_ID + "\"", "[\"nope\"]", "[42]", "[null]",
                "[\"\"]", "[\"" + BAD_UUID + "\"]", "[1e400]", "{}", "[[\"" + UNKNOWN_ID + "\"]]",
                arrayOf(10_001, quoted(UNKNOWN_ID)), "[\"" + UNKNOWN_ID + "\\u0000\"]"));
        List<String> eras = new ArrayList<>(List.of("\"x\"", "{}", "[42]", "[null]", "[{}]", "[{\"name\":\"e\"}]",
                "[{\"name\":\"e\",\"start\":\"2024\"}]",
                era("\"\"", "\"2024\"", "\"2024\""), era(quoted("x".repeat(301)), "\"2024\"", "\"2024\""),
                era("\"\\u202Ee\"", "\"2024\"", "\"2024\""), era("42", "\"2024\"", "\"2024\""),
                era("\"e\"", "\"2024\"", "\"2023\""), era("\"e\"", "\"2024/..\"", "\"2024\""),
                era("\"e\"", "\"2024\"", "\"../2024\""),
                "[{\"name\":\"e\",\"start\":\"2024\",\"end\":\"2024\",\"colour\":\"red\"}]",
                arrayOf(101, "{\"name\":\"e\",\"start\":\"2024\",\"end\":\"2024\"}")));
        BAD_DATES.stream().filter(date -> !date.equals("\"2024\"")).forEach(date -> {
            eras.add(era("\"e\"", date, "\"2024\""));
            eras.add(era("\"e\"", "\"2024\"", date));
        });
        member(bodies, valid, "eras", eras);
        readOnly(bodies, valid, List.of("id", "version", "createdAt", "archived", "actor"));
        return bodies;
    }

    /** Valid JSON with one broken member of an event (an {@code EventInput}). */
    static List<Body> ofEvent(JsonObjectText valid) {
        List<Body> bodies = new ArrayList<>();
        member(bodies, valid, "title", BAD_NAMES);
        bodies.add(Body.json("title missing", valid.without("title").toString()));
        member(bodies, valid, "occurred", BAD_DATES);
        bodies.add(Body.json("occurred missing", valid.without("occurred").toString()));
        member(bodies, valid, "description", List.of(quoted("x".repeat(5001)), "42", "\"x\\u0000y\"", "\"\\uD800\"",
                "{}", "\"\\u202Etxt.exe\""));
        member(bodies, valid, "place", List.of(quoted("x".repeat(301)), "42", "\"P\\u0000\"", "\"\\u202Eplace\"",
                "[\"Pyongyang\"]"));
        for (String ids : List.of("sourceIds", "claimIds")) {
            member(bodies, valid, ids, List.of("\"" + UNKNOWN_ID + "\"", "[\"nope\"]", "[42]", "[null]", "[\"\"]",
                    "[\"" + BAD_UUID + "\"]", "[1e400]", "{}", arrayOf(101, quoted(UNKNOWN_ID))));
        }
        member(bodies, valid, "sourceIds", List.of("[\"" + UNKNOWN_ID + "\"]"));
        readOnly(bodies, valid, List.of("id", "timelineId", "version", "archived", "createdAt"));
        return bodies;
    }

    private static String era(String name, String start, String end) {
        return "[{\"name\":" + name + ",\"start\":" + start + ",\"end\":" + end + "}]";
    }

    private static String distinct(int count, String prefix) {
        return IntStream.range(0, count).mapToObj(i -> quoted(prefix + i)).collect(Collectors.joining(",", "[", "]"));
    }
}
