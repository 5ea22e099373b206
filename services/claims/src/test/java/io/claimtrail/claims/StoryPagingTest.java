package io.claimtrail.claims;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.claimtrail.claims.SourcesStub.TV_CHOSUN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The story query pages by cursor, in statedOn order, each claim once, whatever topics and pins bring it. */
@ClaimsTest
class StoryPagingTest {

    private static ValidatableResponse query(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/claims/query").then();
    }

    private static Map<String, Object> story(List<String> topics, List<String> pinned, int size, String after) {
        Map<String, Object> body = new HashMap<>();
        body.put("topics", topics);
        body.put("pinnedIds", pinned);
        body.put("size", size);
        if (after != null) {
            body.put("after", after);
        }
        return body;
    }

    /** Every claim id of the story, following the cursors page by page. */
    private static List<String> walk(List<String> topics, List<String> pinned, int size) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 50; pages++) {
            ValidatableResponse page = query(story(topics, pinned, size, after)).statusCode(200).body("size", equalTo(size));
            List<String> found = page.extract().path("items.claim.id");
            ids.addAll(found);
            after = page.extract().path("next");
            if (after == null) {
                assertEquals(ids.isEmpty() ? 0 : (ids.size() - 1) / size, pages, "no empty last page");
                return ids;
            }
            assertEquals(size, found.size(), "only the last page may be short");
        }
        throw new AssertionError("the cursors never ended");
    }

    /** Two story topics and claims in them with open, partial and exact dates; one claim has neither topic. */
    private record Story(List<String> topics, String open, String june, String june19, List<String> sameDay,
            String pinned, String endless) {

        static Story create() {
            String a = Claims.uniqueTopic();
            String b = Claims.uniqueTopic();
            String open = Claims.create("said some time before July 2024", TV_CHOSUN, "../2024-07", "ASSERTION",
                    List.of(a));
            String june = Claims.create("said in June", PENTAGON, "2024-06", "ASSERTION", List.of(a, b));
            String june19 = Claims.create("said on 19 June", TV_CHOSUN, "2024-06-19", "DENIAL", List.of(b));
            String one = Claims.create("same day one", PENTAGON, "2024-06-27", "ASSERTION", List.of(a));
            String two = Claims.create("same day two", PENTAGON, "2024-06-27", "ASSERTION", List.of(b));
            String pinned = Claims.create("pinned, no story topic", PENTAGON, "2024-06-20", "NO_EVIDENCE",
                    List.of("elsewhere"));
            String endless = Claims.create("said from August on", TV_CHOSUN, "2024-08/..", "ASSERTION", List.of(a));
            // claims of the same day are in id order
            List<String> sameDay = one.compareTo(two) < 0 ? List.of(one, two) : List.of(two, one);
            return new Story(List.of(a, b), open, june, june19, sameDay, pinned, endless);
        }
    }

    @Test
    void pagesFollowStatedOrderWithOpenBoundsFirstAndLastAndEachClaimOnce() {
        Story story = Story.create();
        String alsoPinned = story.june();

        List<String> expected = List.of(story.open(), story.june(), story.june19(), story.pinned(),
                story.sameDay().get(0), story.sameDay().get(1), story.endless());
        for (int size : List.of(1, 2, 3, 6, 7, 1000)) {
            assertEquals(expected, walk(story.topics(), List.of(story.pinned(), alsoPinned), size), "pages of " + size);
        }
    }

    @Test
    void theRangesBetweenMarksGiveTheRestOfTheStoryInOrderWhateverTheyHold() {
        Story story = Story.create();
        String a = story.topics().get(0);
        String b = story.topics().get(1);
        String open = story.open();
        String june = story.june();
        String pinned = story.pinned();
        List<String> expected = walk(List.of(a, b), List.of(pinned), 2);
        assertEquals(7, expected.size());

        Map<String, Object> first = story(List.of(a, b), List.of(pinned), 2, null);
        first.put("includeMarks", true);
        ValidatableResponse page = query(first).statusCode(200).body("items.claim.id", contains(open, june));
        List<String> marks = page.extract().path("marks");
        // after June, the topics' keys are June 19, the same day twice and August (the pinned claim has none of
        // the topics): a mark every second key
        assertEquals(2, marks.size());
        List<String> ids = new ArrayList<>(page.extract().<List<String>>path("items.claim.id"));
        List<String> bounds = new ArrayList<>(List.of((String) page.extract().path("next")));
        bounds.addAll(marks);
        bounds.add(null);
        List<Integer> pagesPerRange = new ArrayList<>();
        for (int range = 0; range + 1 < bounds.size(); range++) {
            String after = bounds.get(range);
            int pages = 0;
            while (after != null) {
                Map<String, Object> body = story(List.of(a, b), List.of(pinned), 2, after);
                if (bounds.get(range + 1) != null) {
                    body.put("until", bounds.get(range + 1));
                }
                ValidatableResponse part = query(body).statusCode(200).body("marks", nullValue());
                ids.addAll(part.extract().path("items.claim.id"));
                after = part.extract().path("next");
                pages++;
            }
            pagesPerRange.add(pages);
        }
        assertEquals(expected, ids);
        assertEquals(List.of(open, june, story.june19(), pinned, story.sameDay().get(0)), ids.subList(0, 5));
        // the first range holds three claims (the pinned one too): two pages; the last range is empty
        assertEquals(List.of(2, 1, 1), pagesPerRange);
        assertEquals(story.endless(), ids.get(6));

        Map<String, Object> last = story(List.of(a, b), List.of(pinned), 1000, null);
        last.put("includeMarks", true);
        query(last).statusCode(200).body("next", nullValue()).body("marks", nullValue());
        Map<String, Object> badUntil = story(List.of(a, b), List.of(), 2, null);
        badUntil.put("until", "not a cursor");
        query(badUntil).statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("until"));
    }

    @Test
    void aPageAsOfADayLeavesOutClaimsNotYetStatedAndArchivedOnesAlways() {
        String topic = Claims.uniqueTopic();
        String early = Claims.create("early", TV_CHOSUN, "2024-06-01", "ASSERTION", List.of(topic));
        String archived = Claims.create("archived", TV_CHOSUN, "2024-06-02", "ASSERTION", List.of(topic));
        String late = Claims.create("late", TV_CHOSUN, "2024-09-01", "ASSERTION", List.of(topic));
        given().queryParam("reason", "duplicate").delete("/claims/" + archived).then().statusCode(200);

        assertEquals(List.of(early, late), walk(List.of(topic), List.of(), 1));
        Map<String, Object> asOf = story(List.of(topic), List.of(), 1, null);
        asOf.put("asOf", "2024-07");
        query(asOf).statusCode(200).body("items.claim.id", contains(early)).body("next", nullValue());
    }

    @Test
    void aClaimWhoseDateChangesMovesInTheStory() {
        String topic = Claims.uniqueTopic();
        String first = Claims.create("first", TV_CHOSUN, "2024-06-01", "ASSERTION", List.of(topic));
        String second = Claims.create("second", TV_CHOSUN, "2024-06-02", "ASSERTION", List.of(topic));
        assertEquals(List.of(first, second), walk(List.of(topic), List.of(), 1000));

        Map<String, Object> moved = Claims.claim("first, now dated later", TV_CHOSUN, "2024-07", "ASSERTION");
        moved.put("topics", List.of(topic));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(first) + "\"").body(moved)
                .put("/claims/" + first).then().statusCode(200);
        assertEquals(List.of(second, first), walk(List.of(topic), List.of(), 1));

        Map<String, Object> retopiced = Claims.claim("second, in another story", TV_CHOSUN, "2024-06-02", "ASSERTION");
        retopiced.put("topics", List.of("elsewhere", topic));
        given().contentType(ContentType.JSON).header("If-Match", "\"" + Claims.version(second) + "\"").body(retopiced)
                .put("/claims/" + second).then().statusCode(200);
        assertEquals(List.of(second, first), walk(List.of(topic), List.of(), 1));
    }

    @Test
    void aPageCarriesEachClaimsTopicsAndAppearancesWhateverThePageSize() {
        String topic = Claims.uniqueTopic();
        Map<String, Object> reported = Claims.claim("reported twice", TV_CHOSUN, "2024-06-27", "ASSERTION");
        reported.put("topics", List.of(topic, "north-korea"));
        reported.put("appearances", List.of(
                Map.of("url", "https://news.example/second", "publishedOn", "2024-07-05"),
                Map.of("url", "https://news.example/first", "publishedOn", "2024-06-27")));
        String twice = Claims.create(reported);
        String plain = Claims.create("not reported", PENTAGON, "2024-06-28", "DENIAL", List.of(topic));
        Map<String, Object> alsoReported = Claims.claim("reported once", PENTAGON, "2024-06-29", "ASSERTION");
        alsoReported.put("topics", List.of(topic));
        alsoReported.put("appearances", List.of(Map.of("url", "https://news.example/once")));
        String once = Claims.create(alsoReported);

        given().contentType(ContentType.JSON).body(Map.of("type", "SUPPORTS", "targetId", twice))
                .post("/claims/" + plain + "/relations").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("type", "CONTRADICTS", "targetId", plain))
                .post("/claims/" + once + "/relations").then().statusCode(201);

        // pages of 1: the claim of two appearances fills the page, and the next page starts after it
        assertEquals(List.of(twice, plain, once), walk(List.of(topic), List.of(), 1));
        assertEquals(List.of(twice, plain, once), walk(List.of(topic), List.of(once), 2));
        Map<String, Object> related = story(List.of(topic), List.of(), 1000, null);
        related.put("includeRelations", true);
        query(related).statusCode(200)
                .body("items[0].relations.otherClaimId", contains(plain))
                .body("items[1].relations.otherClaimId", contains(twice, once))
                .body("items[1].relations.direction", contains("OUTGOING", "INCOMING"))
                .body("items[2].relations.type", contains("CONTRADICTS"));
        query(story(List.of(topic), List.of(), 1000, null)).statusCode(200)
                .body("items[0].relations.size()", equalTo(0))
                .body("items.claim.id", contains(twice, plain, once))
                .body("items[0].claim.topics", contains(topic, "north-korea"))
                .body("items[0].claim.appearances.url", contains("https://news.example/second", "https://news.example/first"))
                .body("items[0].claim.firstAppearance.url", equalTo("https://news.example/first"))
                .body("items[1].claim.topics", contains(topic))
                .body("items[1].claim.appearances.size()", equalTo(0))
                .body("items[2].claim.appearances.url", contains("https://news.example/once"));
    }

    @Test
    void entryFieldsLeaveOutWhatATimelineEntryDoesNotShow() {
        String topic = Claims.uniqueTopic();
        Map<String, Object> reported = Claims.claim("reported", TV_CHOSUN, "2024-06", "FORECAST");
        reported.put("topics", List.of(topic));
        reported.put("quote", "in their words");
        reported.put("resolvesBy", "2024-07/..");
        reported.put("appearances", List.of(Map.of("url", "https://news.example/first", "publishedOn", "2024-06-27")));
        String id = Claims.create(reported);
        Map<String, Object> lean = story(List.of(topic), List.of(), 10, null);
        lean.put("fields", "ENTRY");
        lean.put("includeRelations", true);
        Map<String, Object> claim = query(lean).statusCode(200).body("items[0].relations.size()", equalTo(0))
                .extract().path("items[0].claim");
        assertEquals(Map.of("id", id, "text", "reported", "quote", "in their words", "sourceId", TV_CHOSUN.toString(),
                "statedOn", "2024-06", "kind", "FORECAST", "resolvesBy", "2024-07/..", "status", "UNVERIFIED",
                "credibility", 6, "archived", false), without(claim, "version", "firstAppearance"));
        assertEquals(Map.of("url", "https://news.example/first", "publishedOn", "2024-06-27"), claim.get("firstAppearance"));

        lean.put("fields", "ALL");
        query(lean).statusCode(200).body("items[0].claim.createdAt", org.hamcrest.Matchers.notNullValue())
                .body("items[0].claim.topics", contains(topic))
                .body("items[0].claim.credibilityMeaning", org.hamcrest.Matchers.notNullValue());
    }

    private static Map<String, Object> without(Map<String, Object> map, String... keys) {
        Map<String, Object> copy = new HashMap<>(map);
        for (String key : keys) {
            copy.remove(key);
        }
        return copy;
    }

    @Test
    void aCursorTheServiceDidNotGiveIsRefusedNamingAfter() {
        String topic = Claims.uniqueTopic();
        Claims.create("one", TV_CHOSUN, "2024-06-01", "ASSERTION", List.of(topic));
        String plain = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "2024-13-45|2024-06-01|6f1c1a52-0000-4000-8000-000000000000".getBytes());
        String hugeYear = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "9999999-01-01|infinity|6f1c1a52-0000-4000-8000-000000000000".getBytes());
        String yearZero = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "0000-01-01|infinity|6f1c1a52-0000-4000-8000-000000000000".getBytes());
        String noLeapDayIn4Bc = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "0004-02-29 BC|infinity|6f1c1a52-0000-4000-8000-000000000000".getBytes());
        for (String after : List.of("not a cursor", "%%%", plain, hugeYear, yearZero, noLeapDayIn4Bc, "")) {
            query(story(List.of(topic), List.of(), 10, after)).statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        }
        Map<String, Object> offset = story(List.of(topic), List.of(), 10, null);
        offset.put("page", 2);
        query(offset).statusCode(400).contentType("application/problem+json");
    }
}
