package io.claimtrail.testing;

import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.claimtrail.testing.BodyMalformations.BAD_UUID;
import static io.claimtrail.testing.BodyMalformations.UNKNOWN_ID;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The parts of a malformed-request catalogue every service shares: ids that name nothing, If-Match headers that are
 * no current version, paging parameters out of range. Each service's catalogue crosses them with its own endpoints.
 */
public final class MalformedRequests {

    /** Path segments where an id is required: no UUID, or a UUID of nothing. */
    public static final Map<String, String> BAD_IDS = Map.of(
            "not a UUID", "not-a-uuid",
            "UUID with a bad digit", BAD_UUID,
            "UUID one digit short", "6f1c1a52-0000-4000-8000-00000000000",
            "NUL", "%00",
            "huge number", "9223372036854775808",
            "unknown id", UNKNOWN_ID);
    public static final List<String> BAD_PAGES = List.of("-1", "x", "1.5", "1e400", "9223372036854775808",
            "10000001", "%00", "1".repeat(11));
    public static final List<String> BAD_SIZES = List.of("0", "-1", "201", "x", "1e400", "9223372036854775808");
    /** If-Match values of an entity at version 0: unreadable, a wildcard, or another version. */
    public static final List<String> BAD_IF_MATCH = List.of("zero", "\"9223372036854775808\"", "\"1e400\"", "\"-1\"",
            "\"7\"", "*", "\"\"", "W/", "\"0", "\"0\", \"1\"");

    private MalformedRequests() {
    }

    /**
     * A service's whole catalogue (at least 200 requests) as dynamic tests: each request refused, then one test that
     * finds every table of the database, the audit log included, as it was before them.
     */
    public static Stream<DynamicTest> refusedWithoutWrites(List<MalformedRequest> catalogue, TestDatabase database) {
        assertThat("the catalogue's size", catalogue.size(), greaterThanOrEqualTo(200));
        Map<String, Long> before = database.footprint();
        assertThat(before, hasKey("audit_entry"));
        return Stream.concat(
                catalogue.stream().map(request -> dynamicTest(request.toString(), request::assertRefused)),
                Stream.of(dynamicTest("nothing was written over " + catalogue.size() + " requests",
                        () -> assertThat(database.footprint(), equalTo(before)))));
    }

    /** The request under every bad If-Match, with the JSON body when there is one. */
    public static void ifMatch(List<MalformedRequest> all, String method, String path, String body) {
        for (String tag : BAD_IF_MATCH) {
            MalformedRequest request = MalformedRequest.of("If-Match " + tag, method, path).header("If-Match", tag);
            all.add(body == null ? request : request.json(body));
        }
    }

    /** A GET of the page with every bad page number and page size. */
    public static void paging(List<MalformedRequest> all, String path) {
        for (String page : BAD_PAGES) {
            all.add(MalformedRequest.of("page " + page, "GET", path + "?page=" + page));
        }
        for (String size : BAD_SIZES) {
            all.add(MalformedRequest.of("size " + size, "GET", path + "?size=" + size));
        }
    }
}
