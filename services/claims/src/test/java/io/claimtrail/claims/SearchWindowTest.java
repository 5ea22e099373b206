package io.claimtrail.claims;

import io.claimtrail.testing.TestDatabase;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.claimtrail.claims.SourcesStub.PENTAGON;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * A search considers its 1000 most recent matches, ranks them best first and says when more matched; filters narrow
 * it to exact totals. The 1,100 claims of the set are written in SQL: through the API they would take minutes.
 */
@ClaimsTest
class SearchWindowTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);
    /** The source of every tenth claim; the others have OTHER_SOURCE. Neither is known to the sources stub. */
    private static final UUID SOURCE = UUID.randomUUID();
    private static final UUID OTHER_SOURCE = UUID.randomUUID();

    /** The word all 1,100 claims contain; claim n is stated on FIRST_DAY + n days. */
    private static String word;
    private static String topic;
    private static String evenTopic;

    @BeforeEach
    void claimsOnce() {
        if (word != null) {
            return;
        }
        word = "qx" + letters();
        topic = Claims.uniqueTopic();
        evenTopic = Claims.uniqueTopic();
        // Claim 600 (among the 1000 most recent) and claim 50 (older than all of them) say the word three times.
        TestDatabase.execute("""
                INSERT INTO claim (id, text, source_id, stated_on, stated_earliest, stated_latest, kind, status,
                                   credibility, archived, created_at, updated_at, version)
                SELECT md5(? || n)::uuid,
                       CASE WHEN n IN (50, 600) THEN ? ELSE ? END || ' report ' || n,
                       CASE WHEN n % 10 = 0 THEN ?::uuid ELSE ?::uuid END, d::text, d, d,
                       CASE WHEN n % 5 = 0 THEN 'DENIAL' ELSE 'ASSERTION' END, 'UNVERIFIED', 6, false, now(), now(), 0
                  FROM (SELECT n, ?::date + n AS d FROM generate_series(1, 1100) n) g""",
                word, word + " " + word + " " + word, word, SOURCE.toString(), OTHER_SOURCE.toString(), FIRST_DAY);
        TestDatabase.execute("INSERT INTO claim_topic (claim_id, position, topic) SELECT md5(? || n)::uuid, 0, ? "
                + "FROM generate_series(1, 1100) n", word, topic);
        TestDatabase.execute("INSERT INTO claim_topic (claim_id, position, topic) SELECT md5(? || n)::uuid, 1, ? "
                + "FROM generate_series(2, 1100, 2) n", word, evenTopic);
        // The statistics now call the word and the topics common: the window is looked for among recent claims.
        TestDatabase.execute("ANALYZE claim");
        TestDatabase.execute("ANALYZE claim_topic");
    }

    private static ValidatableResponse search(Object... params) {
        var request = given().queryParam("q", word);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/claims").then().statusCode(200);
    }

    @Test
    void considersTheThousandMostRecentMatchesRankedBestFirst() {
        assertTheWindow();
    }

    @Test
    void sameWindowWhenTheMostRecentClaimsDoNotMatch() {
        assertTheWindow();
        // 20,000 later claims without the word: the window is no longer among the most recent claims, which the
        // statistics (still calling the word common) send the search to first.
        TestDatabase.execute("""
                INSERT INTO claim (id, text, source_id, stated_on, stated_earliest, stated_latest, kind, status,
                                   credibility, archived, created_at, updated_at, version)
                SELECT md5(? || n)::uuid, 'Filler report ' || n, ?::uuid, d::text, d, d, 'ASSERTION', 'UNVERIFIED', 6,
                       false, now(), now(), 0
                  FROM (SELECT n, date '2090-01-01' + n / 50 AS d FROM generate_series(1, 20000) n) g""",
                "filler " + word, OTHER_SOURCE.toString());
        assertTheWindow();
    }

    /** Total 1000, not exact; claim 600 first; claims 1 to 100, the oldest, left out; all pages readable. */
    private static void assertTheWindow() {
        search().body("total", equalTo(1000)).body("totalExact", equalTo(false))
                .body("items", hasSize(20)).body("items[0].id", equalTo(id(600)));
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < 5; page++) {
            seen.addAll(search("size", 200, "page", page).body("totalExact", equalTo(false))
                    .extract().jsonPath().getList("items.id", String.class));
        }
        assertThat(seen, hasSize(1000));
        assertThat(seen, hasItem(id(101)));
        assertThat(seen, hasItem(id(1100)));
        assertThat(seen, not(hasItem(id(100))));
        assertThat(seen, not(hasItem(id(50))));
    }

    @Test
    void aPageBeyondTheWindowIs400() {
        search("page", 49, "size", 20).body("items", hasSize(20));
        search("page", 4, "size", 200).body("items", hasSize(200));
        // (page + 1) * size past 1000, even when the page starts inside the window (9 * 101 = 909).
        for (int[] pageAndSize : new int[][] { { 50, 20 }, { 5, 200 }, { 9, 101 } }) {
            given().queryParam("q", word).queryParam("page", pageAndSize[0]).queryParam("size", pageAndSize[1])
                    .get("/claims").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("page"))
                    .body("detail", containsString("narrow the search"))
                    .body("detail", containsString("statedFrom/statedTo"));
        }
    }

    @Test
    void theApiDescriptionSaysSo() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/claims'.get.description", containsString("totalExact is false"))
                .body("components.schemas.PageClaimView.properties.totalExact.description",
                        containsString("not the number of all matches"));
    }

    @Test
    void listingsWithoutQKeepExactTotalsAndEveryPage() {
        given().queryParam("topic", topic).queryParam("page", 10).queryParam("size", 100).get("/claims").then()
                .statusCode(200).body("total", equalTo(1100)).body("$", not(hasKey("totalExact")))
                .body("items", hasSize(100));
    }

    @Test
    void filtersNarrowASearchToAnExactTotal() {
        exact(search("sourceId", SOURCE), 110);
        exact(search("kind", "DENIAL"), 220);
        exact(search("topic", evenTopic), 550);
        exact(search("statedTo", FIRST_DAY.plusDays(100).toString()), 100);
        exact(search("statedFrom", FIRST_DAY.plusDays(1001).toString()), 100);
        exact(search("topic", evenTopic, "kind", "DENIAL", "sourceId", SOURCE), 110);
        // Claim 50 says the word three times: first once the filter keeps it in view.
        exact(search("statedTo", FIRST_DAY.plusDays(100).toString()), 100).body("items[0].id", equalTo(id(50)));
    }

    private static ValidatableResponse exact(ValidatableResponse response, int total) {
        return response.body("total", equalTo(total)).body("$", not(hasKey("totalExact")));
    }

    @Test
    void rankingUnderTheWindowIsBestFirst() {
        String rare = "qz" + letters();
        String ranking = Claims.uniqueTopic();
        String once = Claims.create(rare + " once", PENTAGON, "2024-07-03", "ASSERTION", List.of(ranking));
        String thrice = Claims.create(rare + " " + rare + " " + rare + " thrice", PENTAGON, "2024-07-01", "ASSERTION",
                List.of(ranking));
        String twice = Claims.create(rare + " " + rare + " twice", PENTAGON, "2024-07-02", "ASSERTION", List.of(ranking));
        // Best match first, though it is the oldest.
        given().queryParam("q", rare).queryParam("topic", ranking).get("/claims").then().statusCode(200)
                .body("total", equalTo(3)).body("$", not(hasKey("totalExact")))
                .body("items.id", contains(thrice, twice, once));
    }

    /** The id the SQL above gives claim n: md5(word || n) as a UUID. */
    private static String id(int n) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((word + n).getBytes(StandardCharsets.UTF_8)));
            return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Twelve random letters: a word no other test uses, of a fixed length. */
    private static String letters() {
        return UUID.randomUUID().toString().replace("-", "").chars().limit(12)
                .mapToObj(hex -> String.valueOf((char) ('a' + Character.digit(hex, 16)))).collect(Collectors.joining());
    }
}
