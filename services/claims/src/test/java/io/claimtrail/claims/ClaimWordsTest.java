package io.claimtrail.claims;

import io.claimtrail.testing.TestDatabase;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * claim_word (V13) lists each claim's words with its date bounds, kept by triggers through inserts (one by one and
 * in bulk), edits of the text, quote and dates, and deletes; a search of a common word reads its window from it.
 * Each entry also carries the claim's archived flag and its rank for that word (V15), from which a one-word search
 * takes its window and its order without reading the claims.
 */
@ClaimsTest
class ClaimWordsTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2002, 1, 1);
    /** In 1,100 claims written in SQL, claim n stated on FIRST_DAY + n days, so that the statistics call it common. */
    private static String common;

    @BeforeEach
    void claimsOnce() {
        if (common != null) {
            return;
        }
        common = "qv" + letters();
        TestDatabase.execute("""
                INSERT INTO claim (id, text, source_id, stated_on, stated_earliest, stated_latest, kind, status,
                                   credibility, archived, created_at, updated_at, version)
                SELECT md5(? || n)::uuid, ? || ' report ' || n, ?::uuid, d::text, d, d, 'ASSERTION', 'UNVERIFIED', 6,
                       false, now(), now(), 0
                  FROM (SELECT n, ?::date + n AS d FROM generate_series(1, 1100) n) g""",
                common, common, PENTAGON.toString(), FIRST_DAY);
        TestDatabase.execute("ANALYZE claim");
    }

    @Test
    void aCreatedClaimIsListedUnderEachWordWithItsBounds() {
        String word = "qu" + letters();
        String id = Claims.create(word + " shells were delivered", PENTAGON, "2024-07", "ASSERTION", List.of());
        assertWords(id, word, "shell", "deliv");
        assertThat(TestDatabase.value("SELECT count(*) FROM claim_word WHERE claim_id = ?::uuid"
                + " AND stated_earliest = '2024-07-01' AND stated_latest = '2024-07-31'", id), equalTo(3L));
    }

    @Test
    void openBoundsAreInfinities() {
        String word = "qt" + letters();
        String id = Claims.create(word + " open", PENTAGON, "2024-07", "ASSERTION", List.of());
        TestDatabase.execute("UPDATE claim SET stated_earliest = NULL, stated_latest = NULL WHERE id = ?::uuid", id);
        assertThat(TestDatabase.value("SELECT count(*) FROM claim_word WHERE claim_id = ?::uuid"
                + " AND stated_earliest = '-infinity' AND stated_latest = 'infinity'", id), equalTo(2L));
    }

    @Test
    void anEditedTextIsFoundByItsNewWordsOnly() {
        String before = "qs" + letters();
        String after = "qr" + letters();
        String id = Claims.create(before + " shells were delivered", PENTAGON, "2024-07-01", "ASSERTION", List.of());
        Map<String, Object> change = Claims.claim(after + " shells were delivered", PENTAGON, "2024-08-01", "ASSERTION");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put("/claims/" + id).then()
                .statusCode(200);
        assertWords(id, after, "shell", "deliv");
        assertThat(TestDatabase.value("SELECT count(*) FROM claim_word WHERE claim_id = ?::uuid"
                + " AND stated_earliest = '2024-08-01'", id), equalTo(3L));
        given().queryParam("q", after).get("/claims").then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().queryParam("q", before).get("/claims").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aQuoteCountsAsText() {
        String word = "qp" + letters();
        String id = Claims.create(word + " said", PENTAGON, "2024-07-01", "ASSERTION", List.of());
        String quoted = "qo" + letters();
        TestDatabase.execute("UPDATE claim SET quote = ? WHERE id = ?::uuid", quoted, id);
        assertWords(id, word, "said", quoted);
    }

    /** The window of the common word follows claims that lose it, gain a later date, or are deleted. */
    @Test
    void theWindowFollowsEditsAndDeletes() {
        assertThat(window(), hasItem(id(1100)));
        assertThat(window(), not(hasItem(id(1))));
        // The newest claim loses the word; the oldest is moved after all others; claim 1099 is deleted.
        TestDatabase.execute("UPDATE claim SET text = 'Something else' WHERE id = ?::uuid", id(1100));
        TestDatabase.execute("UPDATE claim SET stated_earliest = '2099-01-01', stated_latest = '2099-01-01'"
                + " WHERE id = ?::uuid", id(1));
        TestDatabase.execute("DELETE FROM claim_version WHERE id = ?::uuid", id(1099));
        TestDatabase.execute("DELETE FROM claim WHERE id = ?::uuid", id(1099));
        assertThat(TestDatabase.value("SELECT count(*) FROM claim_word WHERE claim_id IN (?::uuid, ?::uuid)",
                id(1100), id(1099)), equalTo(2L)); // the words 'someth' and 'els' of claim 1100
        Set<String> window = window();
        assertThat(window, hasSize(1000));
        assertThat(window, not(hasItem(id(1100))));
        assertThat(window, not(hasItem(id(1099))));
        assertThat(window, hasItem(id(1)));
        // The window now reaches two claims further back: 1098 down to 100.
        assertThat(window, hasItem(id(100)));
        assertThat(window, not(hasItem(id(99))));
    }

    /** A one-word search ranks as ts_rank on the claims does, leaves archived claims out, and lists them when asked. */
    @Test
    void aOneWordSearchRanksFromTheEntriesAsTheClaimsDo() {
        String word = "qn" + letters();
        // ranks by how often the word is said (1 to 3 times), ties by the listing order; claim 4 has an open start
        String[] texts = {word + " once", word + " twice " + word, word + " " + word + " thrice " + word,
                word + " once more", word + " twice again " + word};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            ids.add(Claims.create(texts[i], PENTAGON, "2024-07-0" + (i + 1), "ASSERTION", List.of()));
        }
        TestDatabase.execute("UPDATE claim SET stated_earliest = NULL WHERE id = ?::uuid", ids.get(3));
        String archived = ids.get(4);
        given().queryParam("reason", "entered twice").delete("/claims/" + archived).then().statusCode(200);
        assertThat(TestDatabase.value("SELECT bool_and(archived) FROM claim_word WHERE claim_id = ?::uuid", archived),
                equalTo(true));

        List<String> expected = ranked(word, false);
        assertThat(expected, hasSize(4));
        assertThat(expected.get(0), equalTo(ids.get(2)));
        given().queryParam("q", word).get("/claims").then().statusCode(200).body("total", equalTo(4))
                .body("items.id", equalTo(expected));
        List<String> withArchived = ranked(word, true);
        assertThat(withArchived, hasSize(5));
        given().queryParam("q", word).queryParam("includeArchived", true).get("/claims").then().statusCode(200)
                .body("total", equalTo(5)).body("items.id", equalTo(withArchived));
        given().queryParam("q", word).queryParam("page", 1).queryParam("size", 2).get("/claims").then()
                .statusCode(200).body("items.id", equalTo(expected.subList(2, 4)));

        // restored, it is listed again
        TestDatabase.execute("UPDATE claim SET archived = false, archived_reason = NULL WHERE id = ?::uuid", archived);
        given().queryParam("q", word).get("/claims").then().statusCode(200).body("items.id", equalTo(withArchived));
    }

    /** Every entry's rank is the claim's rank for that lexeme alone: above 0, also for lexemes with punctuation. */
    @Test
    void everyEntryHasTheRankOfItsLexeme() {
        String id = Claims.create("qm" + letters() + " at https://example.org/it's\\a-path/x_y?z=1 don't co-operate"
                + " 3.14 o'neill", PENTAGON, "2024-07-01", "ASSERTION", List.of());
        assertThat((Long) TestDatabase.value("SELECT count(*) FROM claim_word WHERE claim_id = ?::uuid", id),
                org.hamcrest.Matchers.greaterThan(5L));
        // Where the lexeme, read again as a query without stemming, is one lexeme, the ranks can be compared too.
        String simple = "websearch_to_tsquery('simple', w.lexeme)";
        assertThat(TestDatabase.value("SELECT count(*) FROM claim_word w JOIN claim c ON c.id = w.claim_id"
                + " WHERE w.claim_id = ?::uuid AND NOT (w.rank > 0 AND (numnode(" + simple + ") <> 1"
                + " OR w.rank = ts_rank(c.search, " + simple + ")))", id), equalTo(0L));
    }

    /** The claims with the word, ranked as the search on the claims themselves ranks them. */
    @SuppressWarnings("unchecked")
    private static List<String> ranked(String word, boolean includeArchived) {
        return (List<String>) (List<?>) TestDatabase.value("SELECT array_agg(id::text ORDER BY ts_rank(search,"
                + " websearch_to_tsquery('english', ?)) DESC, stated_earliest NULLS FIRST, stated_latest, id) FROM claim"
                + " WHERE search @@ websearch_to_tsquery('english', ?)" + (includeArchived ? "" : " AND NOT archived"),
                word, word);
    }

    private static Set<String> window() {
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 5; page++) {
            seen.addAll(search(page, 200).body("total", equalTo(1000)).body("totalExact", equalTo(false))
                    .extract().jsonPath().getList("items.id", String.class));
        }
        return seen;
    }

    private static ValidatableResponse search(int page, int size) {
        return given().queryParam("q", common).queryParam("page", page).queryParam("size", size).get("/claims")
                .then().statusCode(200);
    }

    private static void assertWords(String id, String... words) {
        @SuppressWarnings("unchecked")
        List<Object> stored = (List<Object>) TestDatabase.value(
                "SELECT array_agg(lexeme ORDER BY lexeme) FROM claim_word WHERE claim_id = ?::uuid", id);
        assertThat(stored, containsInAnyOrder((Object[]) words));
    }

    private static String id(int n) {
        return (String) TestDatabase.value("SELECT md5(? || ?::int)::uuid::text", common, n);
    }

    /** Twelve random letters a-p, then a q: no English stemming rule ends in q, so the word is its own lexeme. */
    private static String letters() {
        return UUID.randomUUID().toString().replace("-", "").chars().limit(12)
                .mapToObj(hex -> String.valueOf((char) ('a' + Character.digit(hex, 16)))).collect(Collectors.joining())
                + "q";
    }
}
