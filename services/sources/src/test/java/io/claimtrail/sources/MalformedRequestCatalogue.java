package io.claimtrail.sources;

import io.claimtrail.testing.BodyMalformations;
import io.claimtrail.testing.BodyMalformations.Body;
import io.claimtrail.testing.JsonObjectText;
import io.claimtrail.testing.MalformedRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.claimtrail.testing.BodyMalformations.BAD_UUID;
import static io.claimtrail.testing.BodyMalformations.UNKNOWN_ID;
import static io.claimtrail.testing.MalformedRequests.BAD_IDS;
import static io.claimtrail.testing.MalformedRequests.ifMatch;
import static io.claimtrail.testing.MalformedRequests.paging;

/**
 * Every endpoint of the sources API crossed with the ways its input can be malformed. {@code id} names an existing
 * source at version 0 that nothing in the catalogue may change; {@code parentId} another one.
 */
final class MalformedRequestCatalogue {

    /** Path segments that are no source: unknown, impossible as slug or id, or odd bytes. */
    private static final Map<String, String> BAD_SOURCE_KEYS = Map.of(
            "unknown id", UNKNOWN_ID,
            "unknown slug", "no-such-source-anywhere",
            "NUL", "%00",
            "slug over 64 characters", "a".repeat(65),
            "emoji slug", "%F0%9F%8E%89-party",
            "encoded lone surrogate", "%ED%A0%80",
            "encoded slash", "a%2Fb");
    private MalformedRequestCatalogue() {
    }

    static List<MalformedRequest> all(String id, String parentId) {
        List<MalformedRequest> all = new ArrayList<>();
        JsonObjectText source = JsonObjectText.of("name", "\"Malformed probe\"", "kind", "\"OUTLET\"");
        List<Body> sourceBodies = new ArrayList<>(ofAnyBody(source.toString(), "name"));
        sourceBodies.addAll(SourceBodies.ofSource(source, parentId));

        for (Body body : sourceBodies) {
            all.add(MalformedRequest.of(body.what(), "POST", "/sources").body(body.contentType(), body.bytes()));
            all.add(MalformedRequest.of(body.what(), "PUT", "/sources/" + id).header("If-Match", "\"0\"")
                    .body(body.contentType(), body.bytes()));
        }
        all.add(MalformedRequest.of("affiliated with itself", "PUT", "/sources/" + id).header("If-Match", "\"0\"")
                .json(source.with("affiliations", "[{\"parentId\":\"" + id + "\"}]").toString()));
        ifMatch(all, "PUT", "/sources/" + id, source.toString());
        ifMatch(all, "DELETE", "/sources/" + id, null);
        all.add(MalformedRequest.of("no If-Match", "PUT", "/sources/" + id).json(source.toString()));
        BAD_IDS.forEach((what, bad) -> {
            all.add(MalformedRequest.of(what, "PUT", "/sources/" + bad).header("If-Match", "\"0\"")
                    .json(source.toString()));
            all.add(MalformedRequest.of(what, "DELETE", "/sources/" + bad));
        });
        for (var reason : Map.of("over 1000 characters", "r".repeat(1001), "NUL", "a%00b",
                "control character", "a%07b", "right-to-left override", "%E2%80%AEtxt").entrySet()) {
            all.add(MalformedRequest.of("reason " + reason.getKey(), "DELETE",
                    "/sources/" + id + "?reason=" + reason.getValue()));
        }

        String lookup = "{\"ids\":[\"" + parentId + "\"]}";
        for (String path : List.of("/sources/lookup", "/sources/lookup/facts")) {
            lookup(all, path, lookup, parentId);
        }

        listing(all);
        for (String name : List.of("", "%20%20", "x".repeat(301), "a%00b", "a%1Bb", "%E2%80%AEabc", "%ED%A0%80")) {
            all.add(MalformedRequest.of("name '" + name + "'", "GET", "/sources/resolve?name=" + name));
        }
        all.add(MalformedRequest.of("name missing", "GET", "/sources/resolve"));

        BAD_SOURCE_KEYS.forEach((what, key) -> {
            all.add(MalformedRequest.of(what, "GET", "/sources/" + key));
            all.add(MalformedRequest.of(what, "GET", "/sources/" + key + "/affiliations"));
            all.add(MalformedRequest.of(what, "GET", "/sources/" + key + "/members"));
            all.add(MalformedRequest.of(what, "GET", "/sources/" + key + "/audit"));
            all.add(MalformedRequest.of(what, "GET", "/sources/" + key + "/versions"));
            all.add(MalformedRequest.of(what, "GET", "/sources/" + key + "/ratings"));
        });
        // As-of reads: a day and a moment named when they cannot be read.
        for (String moment : List.of("yesterday", "2024-07-02", "2024-07-02T25:00:00Z", "%00", "+999999999-01-01T00:00:00Z")) {
            for (String path : List.of("/sources/" + id, "/sources/" + id + "/members", "/sources/" + id + "/affiliations",
                    "/sources/" + id + "/ratings", "/sources")) {
                all.add(MalformedRequest.of("knownAt " + moment, "GET", path + "?knownAt=" + moment));
            }
        }
        for (String asOf : List.of("2024-13", "July", "2024-01-01/2024-02-01", "%00")) {
            all.add(MalformedRequest.of("asOf " + asOf, "GET", "/sources/" + id + "?asOf=" + asOf));
            all.add(MalformedRequest.of("asOf " + asOf, "GET", "/sources?asOf=" + asOf));
        }
        for (String version : List.of("x", "-1", "1e400", "%00", "99999999999")) {
            all.add(MalformedRequest.of("version " + version, "GET", "/sources/" + id + "/versions/" + version));
        }
        paging(all, "/sources/" + id + "/versions");
        // Ratings: the letter, the date, the reason; an If-Match is required and checked.
        String etag = "\"0\"";
        for (String rating : List.of("{}", "{\"reliability\":\"Z\",\"reason\":\"r\"}",
                "{\"reliability\":\"A\"}", "{\"reliability\":\"A\",\"reason\":\" \"}",
                "{\"reliability\":\"A\",\"reason\":\"r\",\"effectiveOn\":\"2999-01-01\"}",
                "{\"reliability\":\"A\",\"reason\":\"r\",\"effectiveOn\":\"July\"}",
                "{\"reliability\":\"A\",\"reason\":\"r\",\"rater\":\"me\"}",
                "{\"reliability\":1,\"reason\":\"r\"}", "{\"reliability\":\"A\",\"reason\":\"a\u0000b\"}")) {
            all.add(MalformedRequest.of("rating " + rating, "POST", "/sources/" + id + "/ratings")
                    .header("If-Match", etag).json(rating));
        }
        all.add(MalformedRequest.of("rating without If-Match", "POST", "/sources/" + id + "/ratings")
                .json("{\"reliability\":\"A\",\"reason\":\"r\"}"));
        for (String asOf : List.of("2024-13", "July%202024", "2024-02-30", "2024-00-01", "1e400", "-1", "%00",
                "2024-01-01%2F2023-01-01", "2024-01-01/".repeat(7), "2024-W01", "x")) {
            all.add(MalformedRequest.of("asOf " + asOf, "GET", "/sources/" + id + "/members?asOf=" + asOf));
        }
        paging(all, "/sources/" + id + "/audit");

        all.add(MalformedRequest.of("unsupported method", "PATCH", "/sources/" + id).json(source.toString()));
        all.add(MalformedRequest.of("unsupported method", "POST", "/sources/" + id).json(source.toString()));
        all.add(MalformedRequest.of("unsupported method", "PUT", "/sources").json(source.toString()));
        all.add(MalformedRequest.of("unsupported method", "DELETE", "/sources"));
        all.add(MalformedRequest.of("unsupported method", "POST", "/sources/resolve").json(source.toString()));
        all.add(MalformedRequest.of("only XML accepted", "GET", "/sources/" + id).header("Accept", "application/xml"));
        return all;
    }

    private static void listing(List<MalformedRequest> all) {
        List<String> queries = new ArrayList<>(List.of("q=" + "x".repeat(301), "q=a%00b", "q=a%07b",
                "q=%E2%80%AEabc", "q=%ED%A0%80", "kind=BLOG", "kind=1e400", "kind=%00", "kind=0", "reliability=Z",
                "reliability=-1", "reliability=AB", "includeArchived=maybe", "includeArchived=1",
                "includeArchived=yes", "country=USA", "country=U%00", "country=" + "U".repeat(301)));
        for (String query : queries) {
            all.add(MalformedRequest.of(query.length() > 40 ? query.substring(0, 37) + "..." : query, "GET",
                    "/sources?" + query));
        }
        paging(all, "/sources");
    }

    /** Bodies broken whatever the endpoint, and one over the 1 MiB limit on bodies. */
    private static List<Body> ofAnyBody(String valid, String firstMember) {
        List<Body> bodies = BodyMalformations.ofAnyBody(valid, firstMember);
        bodies.add(BodyMalformations.oversized("over 1 MiB", valid, 1_100_000));
        return bodies;
    }

    /** The batch lookup's bad bodies, for the full lookup and its lean twin (same request). */
    private static void lookup(List<MalformedRequest> all, String path, String lookup, String parentId) {
        for (Body body : ofAnyBody(lookup, "ids")) {
            all.add(MalformedRequest.of(body.what(), "POST", path).body(body.contentType(), body.bytes()));
        }
        for (String ids : List.of("\"x\"", "[\"nope\"]", "[42]", "[null]", "null", "{}", "[[\"" + parentId + "\"]]",
                "[1e400]", "[\"" + parentId + "\\u0000\"]", "[\"" + BAD_UUID + "\"]", "true",
                JsonObjectText.arrayOf(1001, "\"" + UNKNOWN_ID + "\""))) {
            String shown = ids.length() > 40 ? ids.substring(0, 37) + "..." : ids;
            all.add(MalformedRequest.of("ids = " + shown, "POST", path).json("{\"ids\":" + ids + "}"));
        }
        all.add(MalformedRequest.of("ids missing", "POST", path).json("{}"));
        all.add(MalformedRequest.of("lookup asOf not a date", "POST", path)
                .json("{\"ids\":[\"" + parentId + "\"],\"asOf\":\"July\"}"));
        for (String flag : List.of("ancestors", "members")) {
            all.add(MalformedRequest.of("lookup " + flag + " not a boolean", "POST", path)
                    .json("{\"ids\":[\"" + parentId + "\"],\"" + flag + "\":\"yes\"}"));
        }
        all.add(MalformedRequest.of("lookup knownAt not a moment", "POST", path)
                .json("{\"ids\":[\"" + parentId + "\"],\"knownAt\":\"2024-07-02\"}"));
    }
}
