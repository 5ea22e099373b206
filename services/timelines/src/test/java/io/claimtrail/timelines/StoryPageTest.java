package io.claimtrail.timelines;

import io.claimtrail.testing.TestTokens;
import io.claimtrail.testing.WithoutToken;
import io.claimtrail.tokens.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The story page's server side: open shells without data, fragments that need the viewer role, the list rendered
 * into the page for a request that carries a token (an authenticating proxy), paging, and the assets.
 */
@TimelinesTest
@WithoutToken
class StoryPageTest {

    private static final String VIEWER = TestTokens.bearer(TestTokens.valid(Role.VIEWER));
    private static final String TITLE = "A story only readers see";

    private String slug;

    @BeforeEach
    void story() {
        Stubs.reset();
        slug = Timelines.uniqueSlug();
        given().header("Authorization", TestTokens.bearer(TestTokens.valid(Role.ANALYST)))
                .contentType("application/json").body(Timelines.timeline(slug, TITLE, List.of("north-korea")))
                .post("/timelines").then().statusCode(201);
    }

    @Test
    void theShellLoadsWithoutATokenAndShowsNoData() {
        given().get("/timelines/" + slug + "/view").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Vary", "Authorization")
                .body(allOf(containsString("The story appears here once you use a token."), not(containsString(TITLE))));
        given().get("/timelines/no-such-story/view").then().statusCode(200)
                .body(containsString("The story appears here once you use a token."));
        given().get("/timelines/view").then().statusCode(200)
                .body(allOf(containsString("The list of stories appears here"), not(containsString(TITLE))));
    }

    @Test
    void fragmentsNeedTheViewerRoleLikeTheApi() {
        for (String fragment : List.of("/view/entries", "/view/chart", "/view/claims/" + UUID.randomUUID())) {
            given().get("/timelines/" + slug + fragment).then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"));
            given().header("Authorization", TestTokens.bearer(TestTokens.withoutRole()))
                    .get("/timelines/" + slug + fragment).then().statusCode(403);
        }
        given().get("/timelines/view/list").then().statusCode(401);
        given().header("Authorization", VIEWER).get("/timelines/view/list?page=0").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("href=\"/timelines/" + slug + "/view\""));
    }

    @Test
    void aTokenOnTheShellRequestRendersTheStoryIntoThePage() {
        Stubs.stubStory(List.of(Stubs.claim(UUID.randomUUID(), Stubs.TV_CHOSUN, "Troops are planned",
                "2024-06-19/2024-07-01", "DISPUTED", 4, null, null)), 0, 1);
        given().header("Authorization", VIEWER).get("/timelines/" + slug + "/view?asOf=2024-07-02").then()
                .statusCode(200).header("Cache-Control", "no-store")
                .body(allOf(containsString("<h1 id=\"story-title\">" + TITLE + "</h1>"),
                        containsString("As of <strong>2 July 2024</strong>"),
                        containsString("<span class=\"badge badge-disputed\">Disputed</span>"),
                        containsString("Said by <strong>TV Chosun</strong>"),
                        containsString("reliability C: Fairly reliable")));
        // The day goes on to the claims service, which applies the as-of rule.
        given().header("Authorization", VIEWER).get("/timelines/" + slug + "/view?asOf=2024-06-30").then()
                .statusCode(200).body(containsString("As of <strong>30 June 2024</strong>"));
        Stubs.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/claims/query")).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.asOf",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("2024-06-30"))));
        given().header("Authorization", TestTokens.bearer(TestTokens.expired(Role.VIEWER)))
                .get("/timelines/" + slug + "/view").then().statusCode(200)
                .body(allOf(containsString("was refused"), not(containsString(TITLE))));
    }

    @Test
    void aDegradedAnswerShowsABannerNamingWhatIsMissing() {
        Stubs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/claims/query")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError()));
        given().header("Authorization", VIEWER).get("/timelines/" + slug + "/view/entries").then().statusCode(200)
                .body(allOf(containsString("Part of this story is missing"), containsString("claims unavailable")));
    }

    @Test
    void anEmptyStorySaysHowToImportOne() {
        given().header("Authorization", VIEWER).get("/timelines/" + slug + "/view/entries").then().statusCode(200)
                .body(allOf(containsString("This story is empty"), containsString("POST /timelines/import")));
    }

    @Test
    void aLongStoryPagesThroughItsEntries() {
        Stubs.stubStory(List.of(Stubs.many(250, Stubs.SINGH)), 0, 250);
        String first = given().header("Authorization", VIEWER).get("/timelines/" + slug + "/view/entries")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(100, first.split("<li class=\"entry claim\"").length - 1);
        org.junit.jupiter.api.Assertions.assertTrue(first.contains("offset=100"), "a link to the next entries");
        String last = given().header("Authorization", VIEWER).get("/timelines/" + slug + "/view/entries?offset=200")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(50, last.split("<li class=\"entry claim\"").length - 1);
        org.junit.jupiter.api.Assertions.assertFalse(last.contains("offset=300"));
        given().header("Authorization", VIEWER).get("/timelines/" + slug + "/view/entries?offset=x").then()
                .statusCode(400);
    }

    @Test
    void theAssetsComeFromThisServiceWithoutAToken() {
        given().get("/timelines/view/assets/htmx.min.js").then().statusCode(200)
                .contentType(startsWith("text/javascript")).body(containsString("htmx"));
        given().get("/timelines/view/assets/echarts.simple.min.js").then().statusCode(200);
        given().get("/timelines/view/assets/story.js").then().statusCode(200).body(containsString("claimtrail.token"));
        given().get("/timelines/view/assets/story.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().get("/timelines/view/assets/other.js").then().statusCode(404)
                .contentType(equalTo("application/problem+json"));
    }
}
