package io.claimtrail.sources;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

@SourcesTest
class SourceSearchTest {

    private static String dod;
    private static String tag;

    @BeforeEach
    void createSourcesOnce() {
        if (tag != null) {
            return;
        }
        tag = Fixtures.unique("zq").replace(" ", "");
        Map<String, Object> body = Fixtures.source("U.S. Department of Defense " + tag, "INSTITUTION");
        body.put("aliases", List.of("Pentagon " + tag, "DoD " + tag));
        body.put("country", "US");
        body.put("reliability", "B");
        dod = Fixtures.create(body);
        Map<String, Object> pentagonPapers = Fixtures.source("Pentagon Papers Archive " + tag, "DOCUMENT");
        pentagonPapers.put("country", "US");
        Fixtures.create(pentagonPapers);
        Map<String, Object> chosun = Fixtures.source("TV Chosun " + tag, "OUTLET");
        chosun.put("country", "KR");
        chosun.put("reliability", "C");
        Fixtures.create(chosun);
    }

    @Test
    void findsByNameAndAliasIgnoringCaseAndAccents() {
        for (String q : List.of("pentagon " + tag, "Pentagón " + tag, "PENTAGON " + tag, "dod " + tag, "DoD " + tag,
                "department of defense " + tag)) {
            given().queryParam("q", q).get("/sources").then().statusCode(200)
                    .body("items[0].id", equalTo(dod))
                    .body("items.id", hasItem(dod));
        }
    }

    @Test
    void ranksTheClosestFirst() {
        // The alias "Pentagon <tag>" equals the query, so the Department comes before the "Pentagon Papers Archive".
        given().queryParam("q", "Pentagon " + tag).get("/sources").then()
                .body("items[0].id", equalTo(dod))
                .body("items[1].name", equalTo("Pentagon Papers Archive " + tag))
                .body("total", equalTo(2));
        given().queryParam("q", "pentagon").queryParam("size", 200).get("/sources").then()
                .body("items.name", hasItems("U.S. Department of Defense " + tag, "Pentagon Papers Archive " + tag));
    }

    @Test
    void toleratesATypo() {
        given().queryParam("q", "Pentagn " + tag).get("/sources").then().body("items.id", hasItem(dod));
    }

    @Test
    void filtersByKindCountryAndReliability() {
        given().queryParam("q", tag).queryParam("country", "KR").get("/sources").then()
                .body("items.name", contains("TV Chosun " + tag));
        given().queryParam("q", tag).queryParam("kind", "document").get("/sources").then()
                .body("items.name", contains("Pentagon Papers Archive " + tag));
        given().queryParam("q", tag).queryParam("reliability", "B").get("/sources").then()
                .body("items.id", contains(dod));
        given().queryParam("kind", "OUTLET").queryParam("size", 200).get("/sources").then()
                .body("items.kind", everyItem(equalTo("OUTLET")));
    }

    @Test
    void pagesThroughResults() {
        given().queryParam("q", tag).queryParam("size", 2).get("/sources").then()
                .body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3));
        given().queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).get("/sources").then()
                .body("items", hasSize(1)).body("page", equalTo(1)).body("total", equalTo(3));
        given().queryParam("q", tag).queryParam("size", 2).queryParam("page", 5).get("/sources").then()
                .body("items", hasSize(0)).body("total", equalTo(3));
    }

    @Test
    void searchesLikeMetacharactersAndQuotesLiterally() {
        String marker = Fixtures.unique("lit").replace(" ", "");
        String truth = Fixtures.create(Fixtures.source("100% Truth_Channel " + marker, "OUTLET"));
        // Matched by each query below if %, _ or \ were wildcards or escapes, never literally.
        String lookalike = Fixtures.create(Fixtures.source("1000 Truth Channel " + marker, "OUTLET"));
        String backslash = Fixtures.create(Fixtures.source("Back\\slash Radio " + marker, "OUTLET"));
        String noBackslash = Fixtures.create(Fixtures.source("Backslash Radio " + marker, "OUTLET"));
        String quote = Fixtures.create(Fixtures.source("O'Reilly Radio " + marker, "OUTLET"));

        for (String q : List.of("%", "0% t", "h_c", "% t")) {
            literallyFinds(q, truth, lookalike);
        }
        // Letters and digits are also matched by trigram similarity, so these find the lookalike too.
        for (String q : List.of("100%", "_Channel", "Truth_Channel " + marker)) {
            given().queryParam("q", q).queryParam("size", 200).get("/sources").then().statusCode(200)
                    .body("items.id", hasItem(truth));
        }
        literallyFinds("k\\s", backslash, noBackslash);
        literallyFinds("\\", backslash, noBackslash);
        literallyFinds("o'r", quote, noBackslash);
        for (String q : List.of("%_", "%%%", "__%__", "\\%", "%\\")) {
            given().queryParam("q", q).queryParam("size", 200).get("/sources").then().statusCode(200)
                    .body("items.id", not(hasItems(truth)))
                    .body("items.id", not(hasItems(lookalike)))
                    .body("items.id", not(hasItems(backslash)));
        }
        given().queryParam("q", "'; drop table source; --").get("/sources").then().statusCode(200);
        given().get("/sources/" + truth).then().statusCode(200);
    }

    /** {@code q} finds {@code expected}, not {@code unexpected}, and only names that contain it literally. */
    private static void literallyFinds(String q, String expected, String unexpected) {
        long all = given().queryParam("size", 1).get("/sources").then().extract().jsonPath().getLong("total");
        var found = given().queryParam("q", q).queryParam("size", 200).get("/sources").then().statusCode(200)
                .body("items.id", hasItem(expected))
                .body("items.id", not(hasItem(unexpected)))
                .body("items.name", everyItem(containsStringIgnoringCase(q)))
                .extract().jsonPath();
        assertThat(q + " matched everything", found.getLong("total"), lessThan(all));
    }

    @Test
    void resolvesANameOrAliasExactly() {
        given().queryParam("name", "pentagón " + tag).get("/sources/resolve").then().statusCode(200)
                .body("id", equalTo(dod));
        given().queryParam("name", "The Pentagon " + tag).get("/sources/resolve").then().statusCode(200)
                .body("id", equalTo(dod));
        given().queryParam("name", "u.s. department of defense " + tag).get("/sources/resolve").then()
                .statusCode(200).body("id", equalTo(dod));
        given().queryParam("name", "Pentagon " + tag + "x").get("/sources/resolve").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/sources/resolve").then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void ambiguousNameIs409WithCandidates() {
        String alias = Fixtures.unique("Ministry");
        Fixtures.create(Fixtures.unique("Ministry of Defence of A"), "INSTITUTION", List.of(alias));
        Fixtures.create(Fixtures.unique("Ministry of Defence of B"), "INSTITUTION", List.of(alias));
        given().queryParam("name", alias).get("/sources/resolve").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("2 sources"))
                .body("candidates", hasSize(2));
    }
}
