package io.claimtrail.claims;

import io.claimtrail.testing.MalformedRequest;
import io.claimtrail.testing.MalformedRequests;
import io.claimtrail.testing.TestDatabase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.claimtrail.claims.SourcesStub.PENTAGON;

/**
 * Hundreds of malformed requests over every endpoint, generated from a table of endpoints and malformations: each must
 * be a 4xx problem+json with a status and a detail, never a 5xx, and none may write anything (the rows of every table
 * are counted before and after the whole catalogue).
 */
@ClaimsTest
class MalformedRequestCatalogueTest {

    private static final String JSON = "application/json";
    private static final String UNKNOWN = "6f1c1a52-0000-4000-8000-00000000dead";
    private static final String TOO_BIG_LONG = "9223372036854775808";
    private static final String FAR_FUTURE = "+999999999-12-31T23:59:59Z";

    private final TestDatabase rows = TestDatabase.withVersionsOf("claim");

    /** One request that must be refused. */
    record Malformed(String endpoint, String what, String method, String path, Map<String, String> headers,
            String contentType, byte[] body) {
    }

    /** An endpoint taking a JSON body, with a body it would accept. */
    record BodyEndpoint(String name, String method, String path, Map<String, String> headers,
            Map<String, String> valid) {
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedRequestIsA4xxProblemAndWritesNothing() {
        String a = Claims.create(Claims.claim("catalogue claim", PENTAGON, "2024-07-01", "ASSERTION"));
        String b = Claims.create(Claims.claim("catalogue target", PENTAGON, "2024-07-01", "ASSERTION"));
        List<MalformedRequest> catalogue = catalogue(a, b).stream()
                .map(m -> new MalformedRequest(m.endpoint() + ": " + m.what(), m.method(), m.path(), m.headers(),
                        m.contentType(), m.body()))
                .toList();
        return MalformedRequests.refusedWithoutWrites(catalogue, rows);
    }

    private static List<Malformed> catalogue(String a, String b) {
        List<Malformed> all = new ArrayList<>();
        Map<String, String> version0 = Map.of("If-Match", "\"0\"");
        Map<String, String> claim = raw("text", str("t"), "sourceId", str(PENTAGON.toString()), "statedOn",
                str("2024-07-01"), "kind", str("ASSERTION"));
        List<BodyEndpoint> bodies = List.of(
                new BodyEndpoint("POST /claims", "POST", "/claims", Map.of(), claim),
                new BodyEndpoint("PUT /claims/{id}", "PUT", "/claims/" + a, version0, claim),
                new BodyEndpoint("POST /claims/{id}/transitions", "POST", "/claims/" + a + "/transitions", version0,
                        raw("to", str("DISPUTED"), "reason", str("r"), "effectiveOn", str("2024-07-02"))),
                new BodyEndpoint("POST /claims/{id}/relations", "POST", "/claims/" + a + "/relations", Map.of(),
                        raw("type", str("SUPPORTS"), "targetId", str(b))),
                new BodyEndpoint("POST /claims/lookup", "POST", "/claims/lookup", Map.of(),
                        raw("ids", "[" + str(a) + "]")),
                new BodyEndpoint("POST /claims/query", "POST", "/claims/query", Map.of(),
                        raw("topics", "[" + str("north-korea") + "]")),
                new BodyEndpoint("POST /claims/similar", "POST", "/claims/similar", Map.of(),
                        raw("items", "[{\"text\": \"t\", \"statedOn\": \"2024-07-01\"}]")));
        for (BodyEndpoint endpoint : bodies) {
            unreadableBodies(endpoint, all);
        }
        for (BodyEndpoint endpoint : bodies.subList(0, 2)) {
            claimFields(endpoint, all);
        }
        fields(bodies.get(1), all, List.of(
                new Field("credibility on a replacement (6 is stored: another value changes a managed field)",
                        "credibility", "2")));
        transitionFields(bodies.get(2), a, all);
        preconditions(bodies.get(1), all);
        preconditions(bodies.get(2), all);
        fields(bodies.get(3), all, List.of(
                new Field("type missing", "type", null), new Field("type unknown", "type", str("LIKES")),
                new Field("type a number", "type", "3"),
                new Field("targetId missing", "targetId", null), new Field("targetId not a UUID", "targetId", str("nope")),
                new Field("targetId itself", "targetId", str(a)), new Field("targetId unknown", "targetId", str(UNKNOWN)),
                new Field("note too long", "note", str("n".repeat(2001))),
                new Field("note with NUL", "note", str("a\\u0000b")),
                new Field("note with a lone low surrogate", "note", str("\\uDFFF"))));
        fields(bodies.get(4), all, List.of(
                new Field("ids missing", "ids", null), new Field("ids a string", "ids", str("x")),
                new Field("ids of numbers", "ids", "[1]"), new Field("ids not UUIDs", "ids", "[" + str("nope") + "]"),
                new Field("ids with null", "ids", "[null]"), new Field("ids an object", "ids", "{}"),
                new Field("1001 ids", "ids", array(1001, i -> str(new UUID(0, i).toString()))),
                new Field("asOf not EDTF", "asOf", str("2024-13")),
                new Field("asOf an interval", "asOf", str("2024/2025")), new Field("asOf a number", "asOf", "5"),
                new Field("knownAt not a timestamp", "knownAt", str("yesterday")),
                new Field("knownAt a date", "knownAt", str("2024-07-02")),
                new Field("knownAt beyond any calendar", "knownAt", str(FAR_FUTURE))));
        fields(bodies.get(5), all, List.of(
                new Field("topics empty, no pinnedIds", "topics", "[]"),
                new Field("topic too long", "topics", "[" + str("t".repeat(65)) + "]"),
                new Field("51 topics", "topics", array(51, i -> str("topic-" + i))),
                new Field("topics a string", "topics", str("north-korea")),
                new Field("topics with null", "topics", "[null]"),
                new Field("topic with NUL", "topics", "[" + str("a\\u0000") + "]"),
                new Field("pinnedIds not UUIDs", "pinnedIds", "[" + str("nope") + "]"),
                new Field("page: offsets are gone, cursors replace them", "page", "1"),
                new Field("after not a cursor", "after", str("page-2")), new Field("after a number", "after", "2"),
                new Field("after too long", "after", str("a".repeat(201))),
                new Field("after a forged cursor", "after", str(java.util.Base64.getUrlEncoder().encodeToString(
                        "2024-02-30|infinity|6f1c1a52-0000-4000-8000-000000000000".getBytes()))),
                new Field("size 0", "size", "0"), new Field("size 1001", "size", "1001"), new Field("size -1", "size", "-1"),
                new Field("includeRelations yes", "includeRelations", str("yes")),
                new Field("sourceId not a UUID", "sourceId", str("nope")),
                new Field("includeMembers yes", "includeMembers", str("yes")),
                new Field("includeMembers without sourceId", "includeMembers", "true"),
                new Field("fields unknown", "fields", str("LEAN")), new Field("fields a number", "fields", "1"),
                new Field("asOf an interval", "asOf", str("2024-07/2024-08")),
                new Field("knownAt not a timestamp", "knownAt", str("noon")),
                new Field("knownAt beyond any calendar", "knownAt", str(FAR_FUTURE))));
        fields(bodies.get(6), all, List.of(
                new Field("items missing", "items", null), new Field("items empty", "items", "[]"),
                new Field("items a string", "items", str("t")), new Field("items with null", "items", "[null]"),
                new Field("101 items", "items", array(101, i -> "{\"text\": \"t\"}")),
                new Field("text missing", "items", "[{\"statedOn\": \"2024\"}]"),
                new Field("text blank", "items", "[{\"text\": \"  \"}]"),
                new Field("text too long", "items", "[{\"text\": \"" + "t".repeat(10001) + "\"}]"),
                new Field("text with NUL", "items", "[{\"text\": \"a\\u0000b\"}]"),
                new Field("text a lone surrogate", "items", "[{\"text\": \"\\uDFFF\"}]"),
                new Field("sourceId not a UUID", "items", "[{\"text\": \"t\", \"sourceId\": \"pentagon\"}]"),
                new Field("statedOn month 13", "items", "[{\"text\": \"t\", \"statedOn\": \"2024-13\"}]"),
                new Field("an unknown item field", "items", "[{\"text\": \"t\", \"speaker\": \"x\"}]"),
                new Field("windowDays -1", "windowDays", "-1"), new Field("windowDays 3651", "windowDays", "3651"),
                new Field("windowDays a word", "windowDays", str("month")),
                new Field("limit 0", "limit", "0"), new Field("limit 21", "limit", "21"),
                new Field("asOf an interval", "asOf", str("2024/2025")),
                new Field("knownAt beyond any calendar", "knownAt", str(FAR_FUTURE))));
        for (String query : List.of("windowDays=-1", "windowDays=3651", "windowDays=x", "limit=0", "limit=21",
                "asOf=2024-13", "knownAt=yesterday", "asOf=" + "2".repeat(65))) {
            all.add(new Malformed("GET /claims/{id}/similar", query, "GET", "/claims/" + a + "/similar?" + query,
                    Map.of(), null, null));
        }
        all.add(new Malformed("GET /claims/{id}/similar", "unknown claim", "GET", "/claims/" + UNKNOWN + "/similar",
                Map.of(), null, null));
        badIds(a, b, all);
        queries(a, all);
        return all;
    }

    /** Bodies no endpoint can read: wrong syntax, wrong shape, wrong media type, too large. */
    private static void unreadableBodies(BodyEndpoint e, List<Malformed> all) {
        String valid = json(e.valid());
        String firstField = e.valid().keySet().iterator().next();
        byte[] badUtf8 = concat(("{\"" + firstField + "\":\"").getBytes(StandardCharsets.UTF_8),
                new byte[] { (byte) 0xC3, (byte) 0x28 }, "\"}".getBytes(StandardCharsets.UTF_8));
        body(all, e, "empty body", JSON, new byte[0]);
        body(all, e, "null", JSON, utf8("null"));
        body(all, e, "{}", JSON, utf8("{}"));
        body(all, e, "truncated JSON", JSON, utf8(valid.substring(0, valid.length() / 2)));
        body(all, e, "array instead of object", JSON, utf8("[" + valid + "]"));
        body(all, e, "empty array", JSON, utf8("[]"));
        body(all, e, "a string", JSON, utf8("\"claim\""));
        body(all, e, "a number", JSON, utf8("42"));
        body(all, e, "text/plain", "text/plain", utf8(valid));
        body(all, e, "application/xml", "application/xml", utf8("<claim><text>t</text></claim>"));
        body(all, e, "form encoded", "application/x-www-form-urlencoded", utf8("text=t"));
        body(all, e, "invalid UTF-8", JSON, badUtf8);
        body(all, e, "unknown field actor", JSON, utf8(json(with(e.valid(), "actor", str("mallory@example")))));
        body(all, e, "unknown field id", JSON, utf8(json(with(e.valid(), "id", str(UNKNOWN)))));
        body(all, e, "single quotes", JSON, utf8(valid.replace('"', '\'')));
        body(all, e, "a comment", JSON, utf8("/* hi */" + valid));
        body(all, e, "NaN", JSON, utf8(json(with(e.valid(), firstField, "NaN"))));
        body(all, e, "over the 1 MiB limit", JSON,
                utf8(json(with(e.valid(), firstField, str("x".repeat(2 * 1024 * 1024))))));
    }

    private static void claimFields(BodyEndpoint e, List<Malformed> all) {
        String longText = "x".repeat(2001);
        fields(e, all, List.of(
                new Field("text missing", "text", null), new Field("text null", "text", "null"),
                new Field("text a number", "text", "123"), new Field("text an array", "text", "[]"),
                new Field("text an object", "text", "{}"), new Field("text empty", "text", str("")),
                new Field("text blank", "text", str("   ")), new Field("text too long", "text", str(longText)),
                new Field("text with NUL", "text", str("a\\u0000b")),
                new Field("text with a lone high surrogate", "text", str("a\\uD800b")),
                new Field("text with a lone low surrogate", "text", str("\\uDC00")),
                new Field("quote too long", "quote", str("q".repeat(10001))),
                new Field("quote with NUL", "quote", str("\\u0000")),
                new Field("language too long", "language", str("e".repeat(36))),
                new Field("language with RTL override", "language", str("\\u202Een")),
                new Field("language not BCP 47", "language", str("english!")),
                new Field("language a number", "language", "5"),
                new Field("sourceId missing", "sourceId", null), new Field("sourceId not a UUID", "sourceId", str("nope")),
                new Field("sourceId a number", "sourceId", "123"),
                new Field("sourceId bad hex", "sourceId", str("00000000-0000-4000-8000-00000000000G")),
                new Field("sourceId empty", "sourceId", str("")),
                new Field("sourceId with NUL", "sourceId", str(PENTAGON + "\\u0000")),
                new Field("sourceId unknown", "sourceId", str(UNKNOWN)),
                new Field("statedOn missing", "statedOn", null), new Field("statedOn month 13", "statedOn", str("2024-13")),
                new Field("statedOn 30 February", "statedOn", str("2024-02-30")),
                new Field("statedOn a word", "statedOn", str("yesterday")),
                new Field("statedOn a number", "statedOn", "20240701"),
                new Field("statedOn a reversed interval", "statedOn", str("2024-07-01/2024-06-01")),
                new Field("statedOn with RTL override", "statedOn", str("\\u202E2024")),
                new Field("statedOn year 99999", "statedOn", str("99999-01-01")),
                new Field("statedOn empty", "statedOn", str("")),
                new Field("kind missing", "kind", null), new Field("kind unknown", "kind", str("RUMOUR")),
                new Field("kind a number", "kind", "1"), new Field("kind an emoji", "kind", str("\uD83D\uDE00")),
                new Field("resolvesBy on an assertion", "resolvesBy", str("2025")),
                new Field("topic with spaces", "topics", "[" + str("North Korea") + "]"),
                new Field("emoji in a topic slug", "topics", "[" + str("\uD83D\uDE00-news") + "]"),
                new Field("RTL override in a topic slug", "topics", "[" + str("\\u202Eabc") + "]"),
                new Field("topic too short", "topics", "[" + str("a") + "]"),
                new Field("topic too long", "topics", "[" + str("t".repeat(65)) + "]"),
                new Field("topic null", "topics", "[null]"), new Field("topics a string", "topics", str("north-korea")),
                new Field("51 topics", "topics", array(51, i -> str("topic-" + i))),
                new Field("topics of objects", "topics", "[{}]"),
                new Field("appearances an object", "appearances", "{}"),
                new Field("appearance without url", "appearances", "[{}]"),
                new Field("appearance url javascript:", "appearances", "[{\"url\":" + str("javascript:alert(1)") + "}]"),
                new Field("appearance url too long", "appearances",
                        "[{\"url\":" + str("https://a.org/" + "p".repeat(2000)) + "}]"),
                new Field("appearance retrievedAt a word", "appearances",
                        "[{\"url\":\"https://a.org/x\",\"retrievedAt\":\"yesterday\"}]"),
                new Field("appearance retrievedAt beyond any calendar", "appearances",
                        "[{\"url\":\"https://a.org/x\",\"retrievedAt\":" + str(FAR_FUTURE) + "}]"),
                new Field("appearance publisherId not a UUID", "appearances",
                        "[{\"url\":\"https://a.org/x\",\"publisherId\":\"x\"}]"),
                new Field("appearance publishedOn month 13", "appearances",
                        "[{\"url\":\"https://a.org/x\",\"publishedOn\":\"2024-13\"}]"),
                new Field("101 appearances", "appearances",
                        array(101, i -> "{\"url\":" + str("https://a.org/" + i) + "}")),
                new Field("credibility 0", "credibility", "0"), new Field("credibility 7", "credibility", "7"),
                new Field("credibility a word", "credibility", str("six")),
                new Field("credibility 1e400", "credibility", "1e400"),
                new Field("credibility 2^63", "credibility", TOO_BIG_LONG),
                new Field("credibility -1", "credibility", "-1"),
                new Field("credibility true", "credibility", "true")));
    }

    private static void transitionFields(BodyEndpoint e, String self, List<Malformed> all) {
        fields(e, all, List.of(
                new Field("to missing", "to", null), new Field("to unknown", "to", str("MAYBE")),
                new Field("to a number", "to", "5"), new Field("to the same status", "to", str("UNVERIFIED")),
                new Field("credibility 0", "credibility", "0"), new Field("credibility 7", "credibility", "7"),
                new Field("credibility a word", "credibility", str("x")),
                new Field("credibility 1e400", "credibility", "1e400"),
                new Field("credibility 2^63", "credibility", TOO_BIG_LONG),
                new Field("reason missing", "reason", null), new Field("reason empty", "reason", str("")),
                new Field("reason too long", "reason", str("r".repeat(2001))),
                new Field("reason with NUL", "reason", str("\\u0000")),
                new Field("reason with a lone surrogate", "reason", str("\\uD800")),
                new Field("evidenceUrl ftp", "evidenceUrl", str("ftp://x.org/file")),
                new Field("evidenceUrl javascript:", "evidenceUrl", str("javascript:alert(1)")),
                new Field("evidenceUrl too long", "evidenceUrl", str("https://a.org/" + "p".repeat(2000))),
                new Field("evidenceClaimId not a UUID", "evidenceClaimId", str("nope")),
                new Field("evidenceClaimId unknown", "evidenceClaimId", str(UNKNOWN)),
                new Field("evidenceClaimId itself", "evidenceClaimId", str(self)),
                new Field("effectiveOn missing", "effectiveOn", null),
                new Field("effectiveOn month 13", "effectiveOn", str("2024-13-01")),
                new Field("effectiveOn a word", "effectiveOn", str("tomorrow")),
                new Field("effectiveOn in the future", "effectiveOn", str("2999")),
                new Field("effectiveOn before the claim", "effectiveOn", str("2023"))));
    }

    /** A valid body under a missing, unreadable or stale If-Match. */
    private static void preconditions(BodyEndpoint e, List<Malformed> all) {
        Map<String, String> ifMatches = new LinkedHashMap<>();
        ifMatches.put("no If-Match", null);
        ifMatches.put("If-Match a word", "abc");
        ifMatches.put("If-Match 2^63", "\"" + TOO_BIG_LONG + "\"");
        ifMatches.put("If-Match W/ alone", "W/");
        ifMatches.put("If-Match *", "*");
        ifMatches.put("If-Match -1", "\"-1\"");
        ifMatches.put("stale If-Match", "\"7\"");
        ifMatches.forEach((what, value) -> all.add(new Malformed(e.name(), what, e.method(), e.path(),
                value == null ? Map.of() : Map.of("If-Match", value), JSON, utf8(json(e.valid())))));
    }

    /** Ids that are no UUID, or name no claim, in every path that takes one. */
    private static void badIds(String a, String b, List<Malformed> all) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("word", "nope");
        ids.put("number", "123");
        ids.put("bad hex", "00000000-0000-4000-8000-00000000000G");
        ids.put("emoji", "%F0%9F%98%80");
        ids.put("NUL", "%00");
        ids.put("RTL override", "%E2%80%AE" + a.substring(3));
        ids.put("too long", a + a);
        ids.put("unknown", UNKNOWN);
        byte[] claim = utf8(json(raw("text", str("t"), "sourceId", str(PENTAGON.toString()), "statedOn",
                str("2024-07-01"), "kind", str("ASSERTION"))));
        byte[] move = utf8(json(raw("to", str("DISPUTED"), "reason", str("r"), "effectiveOn", str("2024-07-02"))));
        byte[] relation = utf8(json(raw("type", str("SUPPORTS"), "targetId", str(b))));
        Map<String, String> version0 = Map.of("If-Match", "\"0\"");
        ids.forEach((what, id) -> {
            String bad = "id " + what;
            all.add(new Malformed("GET /claims/{id}", bad, "GET", "/claims/" + id, Map.of(), null, null));
            all.add(new Malformed("GET /claims/{id}/history", bad, "GET", "/claims/" + id + "/history", Map.of(), null, null));
            all.add(new Malformed("GET /claims/{id}/relations", bad, "GET", "/claims/" + id + "/relations", Map.of(), null, null));
            all.add(new Malformed("GET /claims/{id}/claimreview", bad, "GET", "/claims/" + id + "/claimreview", Map.of(), null, null));
            all.add(new Malformed("GET /claims/{id}/assessment", bad, "GET", "/claims/" + id + "/assessment", Map.of(), null, null));
            all.add(new Malformed("GET /claims/{id}/audit", bad, "GET", "/claims/" + id + "/audit", Map.of(), null, null));
            all.add(new Malformed("DELETE /claims/{id}", bad, "DELETE", "/claims/" + id + "?reason=dup", Map.of(), null, null));
            all.add(new Malformed("PUT /claims/{id}", bad, "PUT", "/claims/" + id, version0, JSON, claim));
            all.add(new Malformed("POST /claims/{id}/transitions", bad, "POST", "/claims/" + id + "/transitions",
                    version0, JSON, move));
            all.add(new Malformed("POST /claims/{id}/relations", bad, "POST", "/claims/" + id + "/relations", Map.of(),
                    JSON, relation));
            if (!what.equals("unknown")) {
                all.add(new Malformed("GET /claims/track-records/{sourceId}", bad, "GET", "/claims/track-records/" + id,
                        Map.of(), null, null));
            }
        });
    }

    /** Bad query parameters: paging, filters, dates, over-long and unstorable text. */
    private static void queries(String a, List<Malformed> all) {
        Map<String, String> list = new LinkedHashMap<>();
        list.put("page -1", "page=-1");
        list.put("page a word", "page=x");
        list.put("page 2^63", "page=" + TOO_BIG_LONG);
        list.put("page 1e400", "page=1e400");
        list.put("page past the limit", "page=10000001");
        list.put("size 0", "size=0");
        list.put("size 201", "size=201");
        list.put("size -1", "size=-1");
        list.put("size a word", "size=ten");
        list.put("status unknown", "status=TRUE");
        list.put("status an emoji", "status=%F0%9F%98%80");
        list.put("kind unknown", "kind=RUMOUR");
        list.put("sourceId a word", "sourceId=pentagon");
        list.put("sourceId NUL", "sourceId=%00");
        list.put("statedFrom a word", "statedFrom=soon");
        list.put("statedTo month 13", "statedTo=2024-13");
        list.put("statedFrom too long", "statedFrom=" + "2".repeat(65));
        list.put("asOf an interval", "asOf=" + enc("2024-07/2024-08"));
        list.put("asOf 30 February", "asOf=2024-02-30");
        list.put("knownAt a date", "knownAt=2024-07-02");
        list.put("knownAt beyond any calendar", "knownAt=" + enc(FAR_FUTURE));
        list.put("includeArchived yes", "includeArchived=yes");
        list.put("hasSuggestion yes", "hasSuggestion=yes");
        list.put("hasSuggestion with asOf", "hasSuggestion=true&asOf=2024-07-01");
        list.put("q too long", "q=" + "q".repeat(501));
        list.put("q NUL", "q=%00");
        list.put("q with NUL inside", "q=a%00b");
        list.put("51 topics", IntStream.range(0, 51).mapToObj(i -> "topic=t" + i).collect(Collectors.joining("&")));
        list.put("topic too long", "topic=" + "t".repeat(65));
        list.put("topic NUL", "topic=%00");
        list.forEach((what, query) -> all.add(new Malformed("GET /claims", what, "GET", "/claims?" + query, Map.of(),
                null, null)));
        for (String query : List.of("asOf=2024-13", "knownAt=yesterday", "topic=" + "t".repeat(65), "topic=%00")) {
            all.add(new Malformed("GET /claims/calibration", query, "GET", "/claims/calibration?" + query, Map.of(),
                    null, null));
        }
        all.add(new Malformed("GET /claims/track-records/{sourceId}", "includeMembers yes", "GET",
                "/claims/track-records/" + PENTAGON + "?includeMembers=yes", Map.of(), null, null));
        all.add(new Malformed("GET /claims", "includeMembers without sourceId", "GET", "/claims?includeMembers=true",
                Map.of(), null, null));

        Map<String, String> asOf = new LinkedHashMap<>();
        asOf.put("asOf month 13", "asOf=2024-13");
        asOf.put("asOf an interval", "asOf=" + enc("2024/2025"));
        asOf.put("asOf too long", "asOf=" + "2".repeat(65));
        asOf.put("knownAt a word", "knownAt=yesterday");
        asOf.put("knownAt beyond any calendar", "knownAt=" + enc(FAR_FUTURE));
        asOf.put("asOf before the claim", "asOf=2020");
        asOf.forEach((what, query) -> {
            all.add(new Malformed("GET /claims/{id}", what, "GET", "/claims/" + a + "?" + query, Map.of(), null, null));
            all.add(new Malformed("GET /claims/{id}/assessment", what, "GET", "/claims/" + a + "/assessment?" + query,
                    Map.of(), null, null));
            if (!what.equals("asOf before the claim")) {
                all.add(new Malformed("GET /claims/{id}/relations", what, "GET", "/claims/" + a + "/relations?" + query,
                        Map.of(), null, null));
            }
        });

        Map<String, String> audit = new LinkedHashMap<>();
        audit.put("page -1", "page=-1");
        audit.put("page a word", "page=x");
        audit.put("page 2^63", "page=" + TOO_BIG_LONG);
        audit.put("size 0", "size=0");
        audit.put("size 201", "size=201");
        audit.forEach((what, query) -> all.add(new Malformed("GET /claims/{id}/audit", what, "GET",
                "/claims/" + a + "/audit?" + query, Map.of(), null, null)));

        Map<String, String> archive = new LinkedHashMap<>();
        archive.put("no reason", "");
        archive.put("empty reason", "?reason=");
        archive.put("blank reason", "?reason=%20%20");
        archive.put("reason too long", "?reason=" + "r".repeat(1001));
        archive.put("reason NUL", "?reason=%00");
        archive.put("reason a lone surrogate", "?reason=%ED%A0%80");
        archive.forEach((what, query) -> all.add(new Malformed("DELETE /claims/{id}", what, "DELETE",
                "/claims/" + a + query, Map.of(), null, null)));
        all.add(new Malformed("DELETE /claims/{id}", "If-Match a word", "DELETE", "/claims/" + a + "?reason=dup",
                Map.of("If-Match", "abc"), null, null));
        all.add(new Malformed("DELETE /claims/{id}", "stale If-Match", "DELETE", "/claims/" + a + "?reason=dup",
                Map.of("If-Match", "\"7\""), null, null));
    }

    /** A field of the body set to a raw JSON value, or removed when the value is null. */
    record Field(String what, String name, String json) {
    }

    private static void fields(BodyEndpoint e, List<Malformed> all, List<Field> fields) {
        for (Field field : fields) {
            body(all, e, field.what(), JSON, utf8(json(with(e.valid(), field.name(), field.json()))));
        }
    }

    private static void body(List<Malformed> all, BodyEndpoint e, String what, String contentType, byte[] body) {
        all.add(new Malformed(e.name(), what, e.method(), e.path(), e.headers(), contentType, body));
    }

    private static Map<String, String> raw(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String json) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        if (json == null) {
            changed.remove(name);
        } else {
            changed.put(name, json);
        }
        return changed;
    }

    private static String json(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> str(f.getKey()) + ":" + f.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A JSON string of already escaped text. */
    private static String str(String escaped) {
        return "\"" + escaped + "\"";
    }

    private static String array(int size, java.util.function.IntFunction<String> element) {
        return IntStream.range(0, size).mapToObj(element).collect(Collectors.joining(",", "[", "]"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }
}
