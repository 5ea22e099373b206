package io.claimtrail.timelines;

import io.claimtrail.testing.BodyMalformations;
import io.claimtrail.testing.BodyMalformations.Body;
import io.claimtrail.testing.JsonObjectText;
import io.claimtrail.testing.MalformedRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.claimtrail.testing.BodyMalformations.UNKNOWN_ID;
import static io.claimtrail.testing.JsonObjectText.quoted;
import static io.claimtrail.testing.MalformedRequests.BAD_IDS;
import static io.claimtrail.testing.MalformedRequests.ifMatch;
import static io.claimtrail.testing.MalformedRequests.paging;

/**
 * Every endpoint of the timelines API crossed with the ways its input can be malformed. {@code timeline} is an
 * existing timeline at version 0, {@code event} an event of it at version 0, {@code takenSlug} another timeline's
 * slug; nothing in the catalogue may change any of them.
 */
final class MalformedRequestCatalogue {

    /** Path segments that name no timeline: unknown, impossible as slug or id, or odd bytes. */
    private static final Map<String, String> BAD_TIMELINE_KEYS = Map.of(
            "unknown id", UNKNOWN_ID,
            "unknown slug", "no-such-timeline-anywhere",
            "NUL", "%00",
            "slug over 64 characters", "a".repeat(65),
            "emoji slug", "%F0%9F%8E%89-party",
            "encoded lone surrogate", "%ED%A0%80",
            "LIKE and SQL metacharacters", "a%25_%27%5C",
            "right-to-left override", "%E2%80%AEabc");
    private static final List<String> BAD_AS_OF = List.of("2024-13", "July%202024", "2024-02-30", "2024-00-01",
            "1e400", "-1", "%00", "2024-01-01%2F2023-01-01", "2024-07%2F2024-08", "2024-W01", "x", "%ED%A0%80",
            "2".repeat(65));
    private static final List<String> BAD_KNOWN_AT = List.of("yesterday", "2024-07-02", "1e400", "%00",
            "2024-07-02T25:00:00Z", "9223372036854775808", "2".repeat(65));
    private static final List<String> BAD_FLAGS = List.of("maybe", "1", "yes", "%00", "t".repeat(6));

    private MalformedRequestCatalogue() {
    }

    static List<MalformedRequest> all(String timeline, String event, String takenSlug) {
        List<MalformedRequest> all = new ArrayList<>();
        String timelinePath = "/timelines/" + timeline;
        String eventPath = timelinePath + "/events/" + event;
        timelines(all, timelinePath, takenSlug);
        events(all, timelinePath, eventPath);
        bundles(all);
        BAD_TIMELINE_KEYS.forEach((what, key) -> {
            for (String suffix : List.of("", "/entries", "/timelinejs", "/summary", "/audit", "/events",
                    "/events/" + UNKNOWN_ID, "/versions", "/events/" + UNKNOWN_ID + "/versions")) {
                all.add(MalformedRequest.of(what, "GET", "/timelines/" + key + suffix));
            }
            all.add(MalformedRequest.of(what, "POST", "/timelines/" + key + "/events")
                    .json("{\"title\":\"Probe\",\"occurred\":\"2024\"}"));
        });
        BAD_IDS.forEach((what, bad) -> {
            all.add(MalformedRequest.of(what, "GET", timelinePath + "/events/" + bad));
            all.add(MalformedRequest.of(what, "DELETE", timelinePath + "/events/" + bad));
            all.add(MalformedRequest.of(what, "PUT", timelinePath + "/events/" + bad).header("If-Match", "\"0\"")
                    .json("{\"title\":\"Probe\",\"occurred\":\"2024\"}"));
        });
        views(all, timelinePath);
        // Reads as recorded at a moment: every one names knownAt when it cannot be read.
        for (String knownAt : BAD_KNOWN_AT) {
            for (String read : List.of("/timelines", timelinePath, timelinePath + "/events", eventPath)) {
                all.add(MalformedRequest.of("knownAt " + knownAt, "GET", read + "?knownAt=" + knownAt));
            }
        }
        for (String asOf : BAD_AS_OF) {
            all.add(MalformedRequest.of("asOf " + asOf, "GET", timelinePath + "/events?asOf=" + asOf));
        }
        paging(all, timelinePath + "/versions");
        paging(all, eventPath + "/versions");
        paging(all, "/timelines");
        paging(all, timelinePath + "/audit");
        paging(all, timelinePath + "/events");
        for (String flag : BAD_FLAGS) {
            all.add(MalformedRequest.of("includeArchived " + flag, "GET", "/timelines?includeArchived=" + flag));
        }
        unsupported(all, timelinePath, eventPath);
        return all;
    }

    private static void timelines(List<MalformedRequest> all, String path, String takenSlug) {
        JsonObjectText valid = JsonObjectText.of("title", "\"Malformed probe\"", "topics", "[\"probe\"]");
        List<Body> bodies = new ArrayList<>(BodyMalformations.ofAnyBody(valid.toString(), "title"));
        bodies.addAll(TimelineBodies.ofTimeline(valid, takenSlug));
        for (Body body : bodies) {
            all.add(MalformedRequest.of(body.what(), "POST", "/timelines").body(body.contentType(), body.bytes()));
            all.add(MalformedRequest.of(body.what(), "PUT", path).header("If-Match", "\"0\"")
                    .body(body.contentType(), body.bytes()));
        }
        ifMatch(all, "PUT", path, valid.toString());
        ifMatch(all, "DELETE", path, null);
        all.add(MalformedRequest.of("no If-Match", "PUT", path).json(valid.toString()));
        BAD_IDS.forEach((what, bad) -> {
            all.add(MalformedRequest.of(what, "PUT", "/timelines/" + bad).header("If-Match", "\"0\"")
                    .json(valid.toString()));
            all.add(MalformedRequest.of(what, "DELETE", "/timelines/" + bad));
        });
    }

    private static void events(List<MalformedRequest> all, String timelinePath, String eventPath) {
        JsonObjectText valid = JsonObjectText.of("title", "\"Malformed probe\"", "occurred", "\"2024-07\"");
        List<Body> bodies = new ArrayList<>(BodyMalformations.ofAnyBody(valid.toString(), "title"));
        bodies.addAll(TimelineBodies.ofEvent(valid));
        for (Body body : bodies) {
            all.add(MalformedRequest.of(body.what(), "POST", timelinePath + "/events")
                    .body(body.contentType(), body.bytes()));
            all.add(MalformedRequest.of(body.what(), "PUT", eventPath).header("If-Match", "\"0\"")
                    .body(body.contentType(), body.bytes()));
        }
        ifMatch(all, "PUT", eventPath, valid.toString());
        ifMatch(all, "DELETE", eventPath, null);
        all.add(MalformedRequest.of("no If-Match", "PUT", eventPath).json(valid.toString()));
    }

    private static void bundles(List<MalformedRequest> all) {
        JsonObjectText valid = JsonObjectText.of("format", "\"claimtrail-bundle/1\"", "sources", "[]", "claims", "[]",
                "timeline", "{\"slug\":\"catalogue-import\",\"title\":\"Catalogue import\"}",
                "events", "[{\"ref\":\"e\",\"title\":\"Probe\",\"occurred\":\"2024\"}]");
        List<Body> bodies = new ArrayList<>(BodyMalformations.ofAnyBody(valid.toString(), "format"));
        BodyMalformations.member(bodies, valid, "format", List.of("42", "\"claimtrail-bundle/2\"", "null",
                quoted("f".repeat(65)), "\"claimtrail-bundle/1\\u0000\""));
        BodyMalformations.member(bodies, valid, "timeline", List.of("null", "\"x\"", "[]", "{}",
                "{\"title\":\"\"}", "{\"title\":" + quoted("x".repeat(301)) + "}", "{\"title\":\"\\u202Ex\"}",
                "{\"title\":\"T\",\"slug\":\"Bad Slug\"}", "{\"title\":\"T\",\"summary\":" + quoted("s".repeat(5001)) + "}",
                "{\"title\":\"T\",\"topics\":[\"Bad\"]}", "{\"title\":\"T\",\"pinnedClaimRefs\":[\"ghost\"]}",
                "{\"title\":\"T\",\"eras\":[{\"name\":\"e\",\"start\":\"2024-13\",\"end\":\"2024\"}]}",
                "{\"title\":\"T\",\"eras\":[{\"name\":\"\\u0007\",\"start\":\"2024\",\"end\":\"2024\"}]}",
                "{\"title\":\"T\",\"story\":1}", "{\"title\":42}"));
        BodyMalformations.member(bodies, valid, "events", List.of("\"x\"", "[null]", "[{}]", "{}",
                "[{\"ref\":\"e\",\"title\":\"x\",\"occurred\":\"June 2024\"}]",
                "[{\"ref\":\"e\",\"title\":" + quoted("x".repeat(301)) + ",\"occurred\":\"2024\"}]",
                "[{\"ref\":\"e\",\"title\":\"x\",\"occurred\":\"2024\",\"place\":\"P\\u0000\"}]",
                "[{\"ref\":\"e\",\"title\":\"x\",\"occurred\":\"2024\",\"place\":\"\\u202EP\"}]",
                "[{\"ref\":\"e\",\"title\":\"x\",\"occurred\":\"2024\",\"sourceRefs\":[\"ghost\"]}]",
                "[{\"ref\":\"e\",\"title\":\"x\",\"occurred\":\"2024\",\"description\":" + quoted("d".repeat(5001)) + "}]",
                "[{\"ref\":\"e\",\"title\":\"x\",\"occurred\":\"2024\"},{\"ref\":\"e\",\"title\":\"y\",\"occurred\":\"2024\"}]",
                "[{\"ref\":\"e\",\"title\":\"x\",\"occurred\":2024}]"));
        BodyMalformations.member(bodies, valid, "sources", List.of("\"x\"", "[null]", "[{}]",
                "[{\"ref\":\"s\",\"name\":" + quoted("n".repeat(301)) + ",\"kind\":\"OUTLET\"}]",
                "[{\"ref\":\"s\",\"name\":\"S\",\"kind\":\"BLOG\"}]",
                "[{\"ref\":\"s\",\"name\":\"S\",\"kind\":\"OUTLET\",\"stateAffiliated\":\"yes\"}]",
                "[{\"ref\":\"s\",\"name\":\"S\",\"kind\":\"OUTLET\",\"country\":\"USA\"}]"));
        BodyMalformations.member(bodies, valid, "claims", List.of("\"x\"", "[null]", "[{}]",
                "[{\"ref\":\"c\",\"sourceRef\":\"ghost\",\"text\":\"t\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\"}]",
                "[{\"ref\":\"c\",\"sourceRef\":\"s\",\"text\":\"t\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"credibility\":\"5\"}]",
                "[{\"ref\":\"c\",\"sourceRef\":\"s\",\"text\":\"t\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"credibility\":5.5}]",
                "[{\"ref\":\"c\",\"sourceRef\":\"s\",\"text\":\"t\",\"statedOn\":\"2024\",\"kind\":\"ASSERTION\",\"credibility\":9223372036854775808}]"));
        bodies.add(Body.json("timeline missing", valid.without("timeline").toString()));
        bodies.add(Body.json("over the 10 MB limit", valid.with("padding", quoted("x".repeat(10_500_000))).toString()));
        for (Body body : bodies) {
            all.add(MalformedRequest.of(body.what(), "POST", "/timelines/import").body(body.contentType(), body.bytes()));
        }
    }

    private static void views(List<MalformedRequest> all, String path) {
        for (String asOf : BAD_AS_OF) {
            for (String view : List.of("/entries", "/timelinejs", "/summary")) {
                all.add(MalformedRequest.of("asOf " + asOf, "GET", path + view + "?asOf=" + asOf));
            }
        }
        // from and to may be intervals: entries that may fall in any part of them are kept.
        BAD_AS_OF.stream().filter(date -> !date.equals("2024-07%2F2024-08")).forEach(date -> {
            all.add(MalformedRequest.of("from " + date, "GET", path + "/entries?from=" + date));
            all.add(MalformedRequest.of("to " + date, "GET", path + "/entries?to=" + date));
        });
        for (String knownAt : BAD_KNOWN_AT) {
            for (String view : List.of("/entries", "/timelinejs", "/summary")) {
                all.add(MalformedRequest.of("knownAt " + knownAt, "GET", path + view + "?knownAt=" + knownAt));
            }
        }
        for (String flag : BAD_FLAGS) {
            all.add(MalformedRequest.of("history " + flag, "GET", path + "/entries?history=" + flag));
        }
    }

    private static void unsupported(List<MalformedRequest> all, String timelinePath, String eventPath) {
        String body = "{\"title\":\"Probe\",\"occurred\":\"2024\"}";
        all.add(MalformedRequest.of("unsupported method", "PATCH", timelinePath).json(body));
        all.add(MalformedRequest.of("unsupported method", "POST", timelinePath).json(body));
        all.add(MalformedRequest.of("unsupported method", "PUT", "/timelines").json(body));
        all.add(MalformedRequest.of("unsupported method", "DELETE", "/timelines"));
        all.add(MalformedRequest.of("unsupported method", "GET", "/timelines/import"));
        all.add(MalformedRequest.of("unsupported method", "PUT", "/timelines/import").json(body));
        all.add(MalformedRequest.of("unsupported method", "POST", timelinePath + "/entries").json(body));
        all.add(MalformedRequest.of("unsupported method", "DELETE", timelinePath + "/audit"));
        all.add(MalformedRequest.of("unsupported method", "PATCH", eventPath).json(body));
        all.add(MalformedRequest.of("unsupported method", "POST", eventPath).json(body));
        all.add(MalformedRequest.of("only XML accepted", "GET", timelinePath).header("Accept", "application/xml"));
    }
}
