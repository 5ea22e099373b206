package io.claimtrail.sources;

import io.claimtrail.testing.TestDatabase;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * A search considers at most 1000 matching names and aliases, the closest kinds of match first, ranks their sources
 * closest first and says when more matched; filters narrow it to exact totals. The 1,100 sources of the set are
 * written in SQL: through the API they would take a minute.
 */
@SourcesTest
class SearchWindowTest {

    /** The word all 1,100 names contain: "Outlet n <word>", every fourth in KR, every tenth a DOCUMENT. */
    private static String word;
    private static String exactName;
    private static String exactAlias;

    @BeforeEach
    void sourcesOnce() {
        if (word != null) {
            return;
        }
        word = "zw" + letters();
        TestDatabase.execute("""
                INSERT INTO source (id, slug, name, kind, country, reliability, state_affiliated, archived, created_at,
                                    updated_at, version)
                SELECT gen_random_uuid(), ? || '-' || n, 'Outlet ' || n || ' ' || ?,
                       CASE WHEN n % 10 = 0 THEN 'DOCUMENT' ELSE 'OUTLET' END,
                       CASE WHEN n % 4 = 0 THEN 'KR' ELSE 'US' END, 'F', false, false, now(), now(), 0
                  FROM generate_series(1, 1100) n""", word, word);
        // Created after the others, so found last by the trigram index: only their closeness brings them in.
        exactName = Fixtures.create(Fixtures.source(word.toUpperCase(), "PERSON"));
        exactAlias = Fixtures.create("Agency " + word.substring(0, 6), "INSTITUTION", List.of(word));
    }

    private static ValidatableResponse search(String q, Object... params) {
        var request = given().queryParam("q", q);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/sources").then().statusCode(200);
    }

    @Test
    void considersAThousandMatchesClosestFirst() {
        search(word).body("total", equalTo(1000)).body("totalExact", equalTo(false))
                .body("items", hasSize(20))
                .body("items[0..1].id", containsInAnyOrder(exactName, exactAlias))
                .body("items[2..19].name", everyItem(containsString(word)));
        search(word, "size", 200, "page", 4).body("items", hasSize(200)).body("totalExact", equalTo(false));
    }

    @Test
    void similarNamesAreWindowedToo() {
        String typo = word.substring(0, 5) + "q" + word.substring(6);
        search(typo).body("total", equalTo(1000)).body("totalExact", equalTo(false));
    }

    @Test
    void aPageBeyondTheWindowIs400() {
        search(word, "page", 49, "size", 20).body("items", hasSize(20));
        for (int[] pageAndSize : new int[][] { { 50, 20 }, { 5, 200 }, { 9, 101 } }) {
            given().queryParam("q", word).queryParam("page", pageAndSize[0]).queryParam("size", pageAndSize[1])
                    .get("/sources").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("page"))
                    .body("detail", containsString("narrow the search with kind, country or reliability"));
        }
    }

    @Test
    void filtersNarrowASearchToAnExactTotal() {
        search(word, "country", "KR").body("total", equalTo(275)).body("$", not(hasKey("totalExact")))
                .body("items.country", everyItem(equalTo("KR")));
        search(word, "kind", "DOCUMENT").body("total", equalTo(110)).body("$", not(hasKey("totalExact")));
        search(word, "kind", "DOCUMENT", "country", "KR").body("total", equalTo(55))
                .body("$", not(hasKey("totalExact")));
        search(word, "kind", "PERSON").body("total", equalTo(1)).body("items[0].id", equalTo(exactName))
                .body("$", not(hasKey("totalExact")));
    }

    @Test
    void theApiDescriptionSaysSo() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/sources'.get.description", containsString("totalExact is false"))
                .body("components.schemas.PageSourceView.properties.totalExact.description",
                        containsString("not the number of all matches"));
    }

    @Test
    void listingsWithoutQKeepExactTotalsAndEveryPage() {
        given().queryParam("size", 200).queryParam("page", 5).get("/sources").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1102)).body("$", not(hasKey("totalExact")))
                .body("items", not(empty()));
    }

    /** Twelve random letters: a word no other test uses, of a fixed length. */
    private static String letters() {
        return UUID.randomUUID().toString().replace("-", "").chars().limit(12)
                .mapToObj(hex -> String.valueOf((char) ('a' + Character.digit(hex, 16)))).collect(Collectors.joining());
    }
}
