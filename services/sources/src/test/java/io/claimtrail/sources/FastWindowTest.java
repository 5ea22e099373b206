package io.claimtrail.sources;

import io.claimtrail.testing.TestDatabase;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * The search's fast window (SourceSearch.fastMatches): a window that overflows with names holding q's word is
 * filled from the word table, with names that hold it as a word; the earlier tiers stay whole, and where the word
 * table cannot fill the window the whole way answers as before. 1,100 names hold the word inside a longer word
 * ("Outlet n xy<word>"), written first so that the trigram index reads them first; 1,100 more hold it as a word.
 */
@SourcesTest
class FastWindowTest {

    private static String word;
    private static String containing;

    @BeforeEach
    void sourcesOnce() {
        if (word != null) {
            return;
        }
        word = "zw" + letters();
        for (String prefix : new String[] { "xy", "" }) {
            TestDatabase.execute("""
                    INSERT INTO source (id, slug, name, kind, country, reliability, state_affiliated, archived,
                                        created_at, updated_at, version)
                    SELECT gen_random_uuid(), ? || '-' || ? || n, 'Outlet ' || n || ' ' || ? || ?, 'OUTLET', 'US',
                           'F', false, false, now(), now(), 0
                      FROM generate_series(1, 1100) n""", word, prefix, prefix, word);
        }
        containing = Fixtures.create(Fixtures.source("Outlet " + word + " Archive", "DOCUMENT"));
    }

    private static ValidatableResponse search(String q, int page, int size) {
        return given().queryParam("q", q).queryParam("page", page).queryParam("size", size).get("/sources").then()
                .statusCode(200);
    }

    @Test
    void aWordFillsTheWindowWithNamesHoldingIt() {
        search(word, 4, 200).body("total", equalTo(1000)).body("totalExact", equalTo(false))
                .body("items", hasSize(200)).body("items.name", everyItem(endsWith(" " + word)));
    }

    @Test
    void longerQueriesKeepTheNamesContainingThemAndFillWithSimilarOnes() {
        search("outlet " + word, 0, 20).body("total", equalTo(1000)).body("totalExact", equalTo(false))
                .body("items[0].id", equalTo(containing));
        search("OUTLET  " + word, 4, 200).body("items", hasSize(200))
                .body("items.name", everyItem(endsWith(" " + word)));
    }

    @Test
    void aPartOfAWordTakesTheWholeWay() {
        search(word.substring(0, 10), 0, 20).body("total", equalTo(1000)).body("totalExact", equalTo(false))
                .body("items", hasSize(20));
    }

    /** Twelve random letters: a word no other test uses, of a fixed length. */
    private static String letters() {
        return UUID.randomUUID().toString().replace("-", "").chars().limit(12)
                .mapToObj(hex -> String.valueOf((char) ('a' + Character.digit(hex, 16)))).collect(Collectors.joining());
    }
}
