package io.claimtrail.timelines;

import io.claimtrail.testing.AsRole;
import io.claimtrail.tokens.Role;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Drafts: stored, reviewed with If-Match, imported through the bundle import, idempotently, and audited. */
@TimelinesTest
@AsRole(Role.ANALYST)
class DraftTest {

    /** A claim of the demo story the first quote is attached to. */
    static final UUID BRIEFING = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final UUID CREATED = UUID.fromString("00000000-0000-4000-8000-0000000000c2");
    static final String URL = "https://example.org/pentagon-no-signs";

    @BeforeEach
    void stubs() {
        Stubs.reset();
    }

    static JsonPath createDraft() throws Exception {
        return given().contentType(ContentType.JSON).body(ExtractTest.article(ExtractTest.seed(), "2024-07-02"))
                .post("/timelines/drafts").then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString("/timelines/drafts/")).extract().jsonPath();
    }

    static int index(JsonPath draft, String speaker) {
        return draft.getInt("candidates.find { it.extracted.speaker?.name == '" + speaker + "' }.index");
    }

    /** The claims service: the briefing claim (with or without the article), TV Chosun's claims (none, or created). */
    static void claims(boolean briefingHasArticle, String createdText, String createdStatedOn) {
        String appearances = briefingHasArticle ? "[{\"url\": \"" + URL + "\", \"publishedOn\": \"2024-07-02\"}]" : "[]";
        Stubs.server().stubFor(get(urlEqualTo("/claims/" + BRIEFING)).willReturn(okJson("""
                {"id": "%s", "text": "The Pentagon has nothing to say", "sourceId": "%s", "statedOn": "2024-07-01",
                 "topics": ["north-korea"], "kind": "NO_EVIDENCE", "appearances": %s, "version": 3}"""
                .formatted(BRIEFING, Stubs.SINGH, appearances))));
        Stubs.server().stubFor(put(urlEqualTo("/claims/" + BRIEFING)).willReturn(okJson("{\"id\": \"" + BRIEFING + "\"}")));
        Stubs.server().stubFor(get(urlEqualTo("/sources/tv-chosun")).willReturn(okJson("""
                {"id": "%s", "slug": "tv-chosun", "name": "TV Chosun", "kind": "OUTLET"}""".formatted(Stubs.TV_CHOSUN))));
        String items = createdText == null ? "" : """
                {"id": "%s", "text": "%s", "statedOn": "%s"}""".formatted(CREATED, createdText, createdStatedOn);
        Stubs.server().stubFor(get(urlPathEqualTo("/claims")).withQueryParam("sourceId", equalTo(Stubs.TV_CHOSUN.toString()))
                .willReturn(okJson("{\"items\": [" + items + "], \"size\": 200, \"total\": " + (items.isEmpty() ? 0 : 1) + "}")));
        Stubs.server().stubFor(post(urlEqualTo("/claims")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"" + CREATED + "\"}")));
    }

    private static String patch(String id, String etag, Object body, int status) {
        return given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .patch("/timelines/drafts/" + id).then().statusCode(status).extract().header("ETag");
    }

    @Test
    void aDraftIsReviewedAndImportedOnceWithTheArticleAsAppearance() throws Exception {
        JsonPath draft = createDraft();
        String id = draft.getString("id");
        int singh = index(draft, "Sabrina Singh");
        int chosun = index(draft, "TV Chosun");
        int anonymous = draft.getInt("candidates.find { it.extracted.speaker?.anonymous == true }.index");
        assertEquals(List.of("PENDING"), draft.getList("candidates.review.decision").stream().distinct().toList());
        assertEquals(Stubs.SINGH.toString(), draft.getString("candidates[" + singh + "].review.sourceId"));
        assertEquals("2024-07-02", draft.getString("article.publishedOn"));
        assertNotNull(draft.getString("article.text"));

        // the usual If-Match rules, and edits checked before anything is written
        Map<String, Object> accept = Map.of("candidates", List.of(Map.of("index", singh, "decision", "ACCEPTED")));
        given().contentType(ContentType.JSON).body(accept).patch("/timelines/drafts/" + id).then().statusCode(428);
        patch(id, "\"7\"", accept, 412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("candidates", List.of(Map.of("index", singh, "kind", "RUMOUR", "statedOn", "July"))))
                .patch("/timelines/drafts/" + id).then().statusCode(400)
                .body("errors.field", hasItem("candidates[0].kind")).body("errors.field", hasItem("candidates[0].statedOn"));
        patch(id, "\"0\"", Map.of("candidates", List.of(Map.of("index", 999, "decision", "ACCEPTED"))), 400);

        String etag = patch(id, "\"0\"", Map.of("candidates", List.of(
                Map.of("index", singh, "decision", "ACCEPTED", "attachToClaimId", BRIEFING.toString()),
                Map.of("index", chosun, "decision", "ACCEPTED", "topics", List.of()),
                Map.of("index", anonymous, "decision", "REJECTED"))), 200);
        assertEquals("\"1\"", etag);

        given().contentType(ContentType.JSON).body(Map.of()).post("/timelines/drafts/" + id + "/import")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("timeline"));

        claims(false, null, null);
        String slug = Timelines.uniqueSlug();
        Map<String, Object> target = Map.of("newTimeline", Map.of("slug", slug, "title", "From the article",
                "topics", List.of("north-korea")));
        JsonPath imported = given().contentType(ContentType.JSON).body(target).post("/timelines/drafts/" + id + "/import")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("IMPORTED", imported.getString("status"));
        assertEquals("APPEARANCE_ADDED", imported.getString("candidates[" + singh + "].imported.outcome"));
        assertEquals(BRIEFING.toString(), imported.getString("candidates[" + singh + "].imported.claimId"));
        assertEquals("CLAIM_CREATED", imported.getString("candidates[" + chosun + "].imported.outcome"));
        assertEquals(CREATED.toString(), imported.getString("candidates[" + chosun + "].imported.claimId"));
        assertEquals(Stubs.TV_CHOSUN.toString(), imported.getString("candidates[" + chosun + "].imported.sourceId"));
        given().get("/timelines/" + slug).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(imported.getString("timelineId")));
        Stubs.server().verify(1, putRequestedFor(urlEqualTo("/claims/" + BRIEFING))
                .withRequestBody(matchingJsonPath("$.appearances[0].url", equalTo(URL)))
                .withRequestBody(matchingJsonPath("$.appearances[0].quote", equalTo("I don’t have anything for you on that."))));
        Stubs.server().verify(1, postRequestedFor(urlEqualTo("/claims"))
                .withRequestBody(matchingJsonPath("$.appearances[0].url", equalTo(URL)))
                .withRequestBody(matchingJsonPath("$.appearances[0].publishedOn", equalTo("2024-07-02")))
                .withRequestBody(matchingJsonPath("$.topics[0]", equalTo("north-korea")))
                .withRequestBody(matchingJsonPath("$.statedOn", equalTo("../2024-07-02"))));
        String afterImport = given().get("/timelines/drafts/" + id).then().statusCode(200).extract().header("ETag");

        // a second run finds everything written and writes nothing
        claims(true, imported.getString("candidates[" + chosun + "].review.text"), "../2024-07-02");
        Stubs.server().resetRequests();
        given().contentType(ContentType.JSON).body(target).post("/timelines/drafts/" + id + "/import")
                .then().statusCode(200).header("ETag", afterImport)
                .body("candidates[" + chosun + "].imported.outcome", org.hamcrest.Matchers.equalTo("CLAIM_CREATED"));
        Stubs.server().verify(0, putRequestedFor(urlEqualTo("/claims/" + BRIEFING)));
        Stubs.server().verify(0, postRequestedFor(urlEqualTo("/claims")));

        // an imported candidate no longer changes; the trail names every write
        patch(id, afterImport, Map.of("candidates", List.of(Map.of("index", chosun, "decision", "REJECTED"))), 409);
        given().header("Authorization", io.claimtrail.testing.TestTokens.bearer(io.claimtrail.testing.TestTokens.valid(Role.EDITOR))).get("/timelines/drafts/" + id + "/audit")
                .then().statusCode(200).body("items.action", org.hamcrest.Matchers.contains("created", "updated", "imported"))
                .body("items[0].after.article.containsKey('text')", org.hamcrest.Matchers.is(false));
    }

    @Test
    void anImportThatFailsMidwayIsCompletedByRunningItAgain() throws Exception {
        JsonPath draft = createDraft();
        String id = draft.getString("id");
        int chosun = index(draft, "TV Chosun");
        int singh = index(draft, "Sabrina Singh");
        patch(id, "\"0\"", Map.of("candidates", List.of(Map.of("index", chosun, "decision", "ACCEPTED"),
                Map.of("index", singh, "decision", "ACCEPTED", "attachToClaimId", BRIEFING.toString()))), 200);
        claims(false, null, null);
        Stubs.server().stubFor(put(urlEqualTo("/claims/" + BRIEFING)).willReturn(serverError()));
        String slug = Timelines.uniqueSlug();
        Map<String, Object> target = Map.of("newTimeline", Map.of("slug", slug, "title", "Resumed",
                "topics", List.of("north-korea")));
        given().contentType(ContentType.JSON).body(target).post("/timelines/drafts/" + id + "/import")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(502), org.hamcrest.Matchers.is(503)))
                .contentType("application/problem+json");
        // what was written is recorded: the new claim, not yet the appearance
        given().get("/timelines/drafts/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("OPEN"))
                .body("candidates[" + chosun + "].imported.outcome", org.hamcrest.Matchers.equalTo("CLAIM_CREATED"))
                .body("candidates[" + singh + "].containsKey('imported')", org.hamcrest.Matchers.is(false));

        claims(false, draft.getString("candidates[" + chosun + "].review.text"), "../2024-07-02");
        Stubs.server().resetRequests();
        given().contentType(ContentType.JSON).body(target).post("/timelines/drafts/" + id + "/import")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("IMPORTED"))
                .body("candidates[" + singh + "].imported.outcome", org.hamcrest.Matchers.equalTo("APPEARANCE_ADDED"));
        Stubs.server().verify(0, postRequestedFor(urlEqualTo("/claims")));
    }

    @Test
    void aDraftNotReadyIsRefusedWithEveryProblem() throws Exception {
        JsonPath draft = createDraft();
        String id = draft.getString("id");
        int kirby = index(draft, "John Kirby");
        int singh = index(draft, "Sabrina Singh");
        given().contentType(ContentType.JSON).body(Map.of("timeline", "no-such-timeline"))
                .post("/timelines/drafts/" + id + "/import").then().statusCode(409)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("candidates"));
        patch(id, "\"0\"", Map.of("candidates", List.of(Map.of("index", kirby, "decision", "ACCEPTED"),
                Map.of("index", singh, "decision", "ACCEPTED", "sourceId", UUID.randomUUID().toString()))), 422);
        patch(id, "\"0\"", Map.of("candidates", List.of(Map.of("index", kirby, "decision", "ACCEPTED"))), 200);
        given().contentType(ContentType.JSON).body(Map.of("timeline", "no-such-timeline"))
                .post("/timelines/drafts/" + id + "/import").then().statusCode(409)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("candidates[" + kirby + "].sourceId"));
        // Kirby is proposed as a new person: creating him is a choice the analyst makes
        patch(id, "\"1\"", Map.of("candidates", List.of(Map.of("index", kirby, "createSource", true))), 200);
        given().contentType(ContentType.JSON).body(Map.of("timeline", "no-such-timeline"))
                .post("/timelines/drafts/" + id + "/import").then().statusCode(404);
    }

    @Test
    void draftsAreListedNewestFirstAndUnknownOnesAreNotFound() throws Exception {
        String id = createDraft().getString("id");
        given().get("/timelines/drafts?size=1").then().statusCode(200)
                .body("items[0].id", org.hamcrest.Matchers.equalTo(id))
                .body("items[0].article.containsKey('text')", org.hamcrest.Matchers.is(false));
        given().get("/timelines/drafts/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/timelines/drafts/not-an-id").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
        given().get("/timelines/drafts?size=0").then().statusCode(400);
    }

    @Test
    @AsRole(Role.VIEWER)
    void aViewerMayReadDraftsButNotWriteThem() throws Exception {
        given().get("/timelines/drafts").then().statusCode(200);
        given().contentType(ContentType.JSON).body(ExtractTest.article(ExtractTest.seed(), "2024-07-02"))
                .post("/timelines/drafts").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("timeline", "x"))
                .post("/timelines/drafts/" + UUID.randomUUID() + "/import").then().statusCode(403);
    }
}
