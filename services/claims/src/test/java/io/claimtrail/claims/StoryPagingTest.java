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

    @Test
    void pagesFollowStatedOrderWithOpenBoundsFirstAndLastAndEachClaimOnce() {
        String a = Claims.uniqueTopic();
        String b = Claims.uniqueTopic();
        String open = Claims.create("said some time before July 2024", TV_CHOSUN, "../2024-07", "ASSERTION", List.of(a));
        String june = Claims.create("said in June", PENTAGON, "2024-06", "ASSERTION", List.of(a, b));
        String june19 = Claims.create("said on 19 June", TV_CHOSUN, "2024-06-19", "DENIAL", List.of(b));
        String sameDayOne = Claims.create("same day one", PENTAGON, "2024-06-27", "ASSERTION", List.of(a));
        String sameDayTwo = Claims.create("same day two", PENTAGON, "2024-06-27", "ASSERTION", List.of(b));
        String pinned = Claims.create("pinned, no story topic", PENTAGON, "2024-06-20", "NO_EVIDENCE", List.of("elsewhere"));
        String endless = Claims.create("said from August on", TV_CHOSUN, "2024-08/..", "ASSERTION", List.of(a));
        String alsoPinned = june;

        List<String> sameDay = sameDayOne.compareTo(sameDayTwo) < 0 ? List.of(sameDayOne, sameDayTwo)
                : List.of(sameDayTwo, sameDayOne);
        List<String> expected = List.of(open, june, june19, pinned, sameDay.get(0), sameDay.get(1), endless);
        for (int size : List.of(1, 2, 3, 6, 7, 1000)) {
            assertEquals(expected, walk(List.of(a, b), List.of(pinned, alsoPinned), size), "pages of " + size);
        }
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
